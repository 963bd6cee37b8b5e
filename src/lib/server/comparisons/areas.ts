// Sub-areas side by side on one indicator (a province's districts, a district's communes).
import type { Db } from '../db';
import type { EvaluateRequest } from '../../domain/evaluation';
import { tryEvaluate } from '../evaluation/queries';
import { translate } from '$lib/i18n/translate';
import type { Locale } from '$lib/i18n/types';
import { sortAreas, type AreaSort } from '$lib/charts/areas';
import { targetGuide } from '$lib/charts/target-guide';
import type { ChartSpec } from '$lib/charts/spec';
import type { IndicatorMeta } from '../dashboards/catalogue';
import { statusLabels } from '../dashboards/labels';

/**
 * The areas chart of the indicator, or null when the unit's children are schools (or none has the
 * indicator); `periods`: the periods whose figures it was drawn from.
 */
export async function loadAreasChart(
	db: Db,
	args: {
		unitCode: string;
		yearCode: string;
		periodKey: string;
		meta: IndicatorMeta;
		filters: EvaluateRequest['filters'];
		sort: AreaSort;
		locale: Locale;
	}
): Promise<{ spec: ChartSpec | null; periods: number[] }> {
	const { meta, locale } = args;
	const outcome = await tryEvaluate(db, {
		unitCode: args.unitCode,
		yearCode: args.yearCode,
		periodKey: args.periodKey,
		indicatorCodes: [meta.code],
		children: true,
		withSelf: true,
		filters: args.filters
	});
	if (!outcome.ok) return { spec: null, periods: [] };
	const { rows, periods } = outcome;
	const self = rows.find((r) => r.unit === args.unitCode) ?? null;
	const areas = rows.filter((r) => r.unit !== args.unitCode && r.unitType !== 'school');
	if (areas.length < 2) return { spec: null, periods };
	const items = areas.map((r) => ({
		code: r.unit,
		name: r.unitName,
		value: r.actual,
		status: r.status,
		gap: r.gap,
		guide: targetGuide(r.target, r.baseline?.value ?? null)
	}));
	const spec: ChartSpec = {
		kind: 'areas',
		input: {
			items: sortAreas(items, args.sort, meta.direction),
			guide: targetGuide(self?.target ?? null, self?.baseline?.value ?? null),
			unit: meta.unit,
			names: {
				area: translate(locale, 'cmp.areas.area'),
				value: translate(locale, 'dash.col.value'),
				target: translate(locale, 'dash.col.target'),
				status: translate(locale, 'dash.col.status'),
				gap: translate(locale, 'dash.col.gap')
			},
			statusLabels: statusLabels(locale)
		}
	};
	return { spec, periods };
}

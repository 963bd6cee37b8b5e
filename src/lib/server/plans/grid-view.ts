// The per-school grid as the page shows it, and the grid form read back from the page.
import { INDICATOR_GROUPS } from '../../domain/types';
import { translate } from '../../i18n/translate';
import type { Locale } from '../../i18n/types';
import { gridFormSchema } from '../../schemas/plans';
import { describeComparator, describePeriod, describeScope } from './describe-target';
import type { Grid, GridInput } from './school-grid';
import type { PlanContext, Problem, TargetView } from './types';
import { inputNumber, type Option } from './view';

function targetText(locale: Locale, ctx: PlanContext, t: TargetView) {
	return {
		text: describeComparator(locale, t, t.indicatorInfo, ctx.periods),
		scope: describeScope(locale, t.scope, t.scopeName)
	};
}

export function viewGrid(locale: Locale, ctx: PlanContext, grid: Grid) {
	const i = grid.indicator;
	return {
		indicator: { code: i.code, name: locale === 'vi' ? i.nameVi : i.nameEn, unit: i.unit },
		judgedAt: grid.judgedAt,
		judgedAtText: describePeriod(locale, grid.judgedAt, ctx.periods),
		comparator: grid.comparator,
		baseline: grid.baseline ?? '',
		area: grid.area ? targetText(locale, ctx, grid.area) : null,
		rows: grid.rows.map((r) => ({
			code: r.school.code,
			name: r.school.name,
			level: r.school.level,
			ownership: r.school.ownership,
			inherited: r.inherited ? targetText(locale, ctx, r.inherited) : null,
			own: r.override
				? {
						...targetText(locale, ctx, r.override),
						value: inputNumber(locale, r.override.value),
						min: inputNumber(locale, r.override.min),
						max: inputNumber(locale, r.override.max)
					}
				: null
		}))
	};
}

/** Indicators that can be assigned per school, grouped like the plan; those with targets first marked. */
export function gridIndicatorOptions(locale: Locale, ctx: PlanContext, targets: TargetView[]) {
	const used = new Set(targets.map((t) => t.indicator));
	return INDICATOR_GROUPS.map((group) => ({
		group,
		options: [...ctx.indicators.values()]
			.filter((i) => i.group === group && i.levels.length > 0)
			.sort((a, b) => a.sortOrder - b.sortOrder)
			.map((i): Option & { used: boolean } => ({
				value: i.code,
				label: locale === 'vi' ? i.nameVi : i.nameEn,
				used: used.has(i.code)
			}))
	})).filter((g) => g.options.length > 0);
}

export type GridFormValues = {
	comparator: string;
	baseline: string;
	source: string;
	cells: Record<string, { value: string; min: string; max: string }>;
};

/** The posted grid: parsed input, or the values as typed with one message per school (or field). */
export function readGridForm(
	form: FormData
):
	| { ok: true; input: GridInput; values: GridFormValues }
	| { ok: false; values: GridFormValues; problems: Record<string, Problem> } {
	const text = (name: string) => {
		const v = form.get(name);
		return typeof v === 'string' ? v : '';
	};
	const all = (name: string) => form.getAll(name).map((v) => (typeof v === 'string' ? v : ''));
	const schools = all('school');
	const [values, mins, maxes] = [all('value'), all('min'), all('max')];
	const cells = schools.map((school, i) => ({
		school,
		value: values[i] ?? '',
		min: mins[i] ?? '',
		max: maxes[i] ?? ''
	}));
	const raw = {
		indicator: text('indicator'),
		comparator: text('comparator'),
		judgedAt: text('judgedAt'),
		baseline: text('baseline'),
		source: text('source'),
		cells
	};
	const parsed = gridFormSchema.safeParse(raw);
	if (parsed.success) return { ok: true, input: parsed.data, values: gridValues(raw) };
	const problems: Record<string, Problem> = {};
	for (const issue of parsed.error.issues) {
		const [first, index] = issue.path;
		const field =
			first === 'cells' ? (cells[Number(index)]?.school.toUpperCase() ?? 'form') : String(first ?? 'form');
		problems[field] ??= { key: issue.message as Problem['key'] };
	}
	return { ok: false, values: gridValues(raw), problems };
}

function gridValues(raw: {
	comparator: string;
	baseline: string;
	source: string;
	cells: { school: string; value: string; min: string; max: string }[];
}): GridFormValues {
	return {
		comparator: raw.comparator,
		baseline: raw.baseline,
		source: raw.source,
		cells: Object.fromEntries(
			raw.cells.map((c) => [c.school.toUpperCase(), { value: c.value, min: c.min, max: c.max }])
		)
	};
}

export function gridSavedNotice(
	locale: Locale,
	counts: { created: number; updated: number; deleted: number }
) {
	return translate(locale, 'plans.grid.saved', counts);
}

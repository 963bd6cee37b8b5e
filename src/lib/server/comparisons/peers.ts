// A school against its peers: the schools of its level in its district, optionally of its ownership
// or its commune. The peers' value is the area rule (Σ numerators / Σ denominators over the group),
// computed by the evaluation engine with the group as a filter; the rank is among the group's schools.
import { sql } from 'drizzle-orm';
import { queryRow, type Db } from '../db';
import * as col from '../db/rows';
import type { UnitRow } from '../units/queries';
import type { EvaluateRequest, EvaluationRow } from '../../domain/evaluation';
import { levelParts, type SchoolLevel } from '../../domain/types';
import { tryEvaluate } from '../evaluation/queries';
import { loadIndicatorMeta } from '../dashboards/catalogue';
import type { Selection } from '../dashboards/selection';
import { rankAmongPeers } from '$lib/dashboards/peer-rank';
import type { PeerKind } from '$lib/schemas/comparisons';
import type { PeerComparison, PeerLine } from '../../domain/comparisons';

export type { PeerComparison, PeerLine } from '../../domain/comparisons';

async function findContext(db: Db, school: UnitRow) {
	return queryRow(
		db,
		sql`select p.code as parent, p.name as "parentName",
		       g.code as commune, g.name_vi as "communeVi", g.name_en as "communeEn"
		from units s
		left join units p on p.id = s.parent_id
		left join lateral (select g.code, g.name_vi, g.name_en from unit_group_members m
		                   join unit_groups g on g.id = m.group_id
		                   where m.unit_id = s.id and g.kind = 'commune' order by g.code limit 1) g on true
		where s.id = ${school.id}`,
		(r) => ({
			parent: col.textOrNull(r.parent),
			parentName: col.textOrNull(r.parentName),
			commune: col.textOrNull(r.commune),
			communeVi: col.textOrNull(r.communeVi),
			communeEn: col.textOrNull(r.communeEn)
		})
	);
}

export function peerFilters(
	school: Pick<UnitRow, 'schoolLevel' | 'ownership'>,
	kind: PeerKind,
	commune: string | null
): NonNullable<EvaluateRequest['filters']> {
	const filters: NonNullable<EvaluateRequest['filters']> = {
		levels: [...levelParts(school.schoolLevel as SchoolLevel)]
	};
	if (kind === 'ownership' && school.ownership)
		filters.ownership = school.ownership as 'public' | 'non_public';
	if (kind === 'commune' && commune) filters.groupCode = commune;
	return filters;
}

/** The comparison, or null when the school has no area above it or the view cannot be evaluated. */
export async function loadPeerComparison(
	db: Db,
	school: UnitRow,
	selection: Pick<Selection, 'year' | 'period'>,
	wanted: PeerKind
): Promise<PeerComparison | null> {
	const found = await findContext(db, school);
	if (!found?.parent) return null;
	const kinds: PeerKind[] = found.commune ? ['district', 'ownership', 'commune'] : ['district', 'ownership'];
	const kind = kinds.includes(wanted) ? wanted : 'district';
	const [outcome, indicators] = await Promise.all([
		tryEvaluate(db, {
			unitCode: found.parent,
			yearCode: selection.year,
			periodKey: selection.period,
			children: true,
			withSelf: true,
			filters: peerFilters(school, kind, found.commune)
		}),
		loadIndicatorMeta(db)
	]);
	if (!outcome.ok) return null;
	const group = outcome.rows.filter((r) => r.unit === found.parent);
	const schools = outcome.rows.filter((r) => r.unitType === 'school' && r.unit !== found.parent);
	const byIndicator = new Map<string, EvaluationRow[]>();
	for (const r of schools) {
		let list = byIndicator.get(r.indicator);
		if (!list) byIndicator.set(r.indicator, (list = []));
		list.push(r);
	}
	const groupValue = new Map(group.map((r) => [r.indicator, r.actual]));
	const lines: PeerLine[] = [];
	for (const meta of [...indicators].sort((a, b) => a.sortOrder - b.sortOrder)) {
		const rows = byIndicator.get(meta.code);
		const own = rows?.find((r) => r.unit === school.code);
		if (!rows || !own) continue;
		const { rank, ranked } = rankAmongPeers(
			rows.map((r) => ({ code: r.unit, value: r.actual })),
			school.code,
			meta.direction
		);
		lines.push({
			code: meta.code,
			name: { vi: meta.nameVi, en: meta.nameEn },
			unit: meta.unit,
			direction: meta.direction,
			school: own.actual,
			peers: groupValue.get(meta.code) ?? null,
			rank,
			ranked
		});
	}
	return {
		kind,
		kinds,
		area: found.parentName ?? found.parent,
		commune: found.commune
			? { vi: found.communeVi ?? found.commune, en: found.communeEn ?? found.commune }
			: null,
		count: new Set(schools.map((r) => r.unit)).size,
		lines
	};
}

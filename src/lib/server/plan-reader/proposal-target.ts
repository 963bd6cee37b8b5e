// A proposal as the plan's target form would hold it: the scope found in the plan's own schools and
// groups ("Mầm non công lập" → the group of exactly those schools; "Cát Bi" → that school).
import { foldText } from './fold';
import type { PlanContext } from '../plans/types';
import type { Proposal, ReaderLevel } from './types';

const LEVELS_OF: Record<ReaderLevel, string[]> = {
	MN: ['MN'],
	TH: ['TH', 'TH_THCS'],
	THCS: ['THCS', 'TH_THCS', 'THCS_THPT'],
	THPT: ['THPT', 'THCS_THPT']
};

function numberText(n: number | null, locale: 'vi' | 'en'): string {
	if (n === null) return '';
	const s = String(n);
	return locale === 'vi' ? s.replace('.', ',') : s;
}

/** The scope as the form writes it ('area', 'group:CODE', 'school:CODE'), and whether it was found. */
export function resolveScope(ctx: PlanContext, p: Proposal): { scope: string; found: boolean } {
	if (p.scope.kind === 'school') {
		const name = foldText(p.scope.name);
		const level = p.scope.level;
		const hits = [...ctx.schools.values()].filter(
			(s) => foldText(s.name).endsWith(name) && (!level || LEVELS_OF[level].includes(s.level))
		);
		return hits.length === 1
			? { scope: `school:${hits[0].code}`, found: true }
			: { scope: 'area', found: false };
	}
	const { level, ownership } = p.scope;
	if (!level && !ownership) return { scope: 'area', found: true };
	const wanted = [...ctx.schools.values()]
		.filter(
			(s) => (!level || LEVELS_OF[level].includes(s.level)) && (!ownership || s.ownership === ownership)
		)
		.map((s) => s.id)
		.sort();
	const open = new Set([...ctx.schools.values()].map((s) => s.id));
	const group = [...ctx.groups.values()].find((g) => {
		const members = g.memberIds.filter((id) => open.has(id)).sort();
		return members.length === wanted.length && members.every((id, i) => id === wanted[i]);
	});
	if (group) return { scope: `group:${group.code}`, found: true };
	// A primary-only plan addresses the whole area when every school is of that level.
	return wanted.length === ctx.schools.size
		? { scope: 'area', found: true }
		: { scope: 'area', found: false };
}

export function proposalFormValues(
	ctx: PlanContext,
	p: Proposal,
	locale: 'vi' | 'en'
): Record<string, string> {
	return {
		indicator: p.indicator,
		comparator: p.comparator,
		value: numberText(p.value, locale),
		min: numberText(p.min, locale),
		max: numberText(p.max, locale),
		scope: resolveScope(ctx, p).scope,
		judgedAt: ctx.periods.has(p.judgedAt) ? p.judgedAt : 'CUOI_NAM',
		baseline: p.baseline && ctx.periods.has(p.baseline) ? p.baseline : p.baseline ? firstPeriod(ctx) : '',
		plannedNumerator: numberText(p.numerator, locale),
		plannedDenominator: numberText(p.denominator, locale),
		source: p.source
	};
}

function firstPeriod(ctx: PlanContext): string {
	const first = [...ctx.periods.values()]
		.filter((x) => !x.monthly)
		.sort((a, b) => a.sortOrder - b.sortOrder)[0];
	return first?.key ?? '';
}

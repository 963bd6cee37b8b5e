import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { translate } from '../../i18n/translate';
import { recordAudit, scopeText, snapshotTarget } from './audit';
import { checkTarget } from './check-target';
import { findPlan, findPlanById, listTargets, listYears, loadPlanContext } from './queries';
import type { PlanContext, PlanRow, TargetInput } from './types';

export type PlanUnit = { id: number; code: string; name: string; type: string };
export type CreatePlanResult =
	{ ok: true; plan: PlanRow } | { ok: false; reason: 'exists' | 'year_unknown' | 'unit_type' };

function defaultTitles(unit: PlanUnit, yearCode: string) {
	return {
		titleVi: translate('vi', 'plans.defaultTitle', { year: yearCode, unit: unit.name }),
		titleEn: translate('en', 'plans.defaultTitle', { year: yearCode, unit: unit.name })
	};
}

export async function createPlan(
	db: Db,
	actorId: string | null,
	input: { unit: PlanUnit; yearCode: string; titleVi?: string; titleEn?: string }
): Promise<CreatePlanResult> {
	if (input.unit.type !== 'district' && input.unit.type !== 'province')
		return { ok: false, reason: 'unit_type' };
	const year = (await listYears(db)).find((y) => y.code === input.yearCode);
	if (!year) return { ok: false, reason: 'year_unknown' };
	if (await findPlan(db, input.unit.code, input.yearCode)) return { ok: false, reason: 'exists' };
	const titles = defaultTitles(input.unit, input.yearCode);
	const values = {
		unitId: input.unit.id,
		schoolYearId: year.id,
		titleVi: input.titleVi || titles.titleVi,
		titleEn: input.titleEn || titles.titleEn
	};
	const id = await db.transaction(async (tx) => {
		const [row] = await tx.insert(table.plans).values(values).returning({ id: table.plans.id });
		await recordAudit(tx, {
			actorId,
			action: 'plan.create',
			unitId: input.unit.id,
			subject: `plan:${row.id}`,
			after: { unit: input.unit.code, year: input.yearCode, titleVi: values.titleVi, titleEn: values.titleEn }
		});
		return row.id;
	});
	return { ok: true, plan: (await findPlanById(db, id))! };
}

export type SkipReason = 'school_gone' | 'group_gone' | 'period_gone' | 'invalid';
export type Skipped = {
	indicator: string;
	scope: string;
	reason: SkipReason;
	/** What a person reads: the catalogue's name of the indicator and the school's or group's name. */
	names: { indicator: { vi: string; en: string } | null; scope: { vi: string; en: string } | null };
};
export type CopyResult =
	| { ok: true; plan: PlanRow; copied: number; skipped: Skipped[] }
	| { ok: false; reason: 'year_unknown' | 'no_previous_plan' | 'has_targets' | 'unit_type'; count?: number };

/** A month key moves with the year ('2023-10' → '2024-10'); other keys are the same every year. */
function shiftPeriod(key: string, years: number): string {
	const m = /^(\d{4})-(\d{2})$/.exec(key);
	return m ? `${Number(m[1]) + years}-${m[2]}` : key;
}

/** Last year's targets restated for this year's schools, groups and calendar; what cannot be is skipped. */
export function carryOver(
	source: (TargetInput & {
		scopeName?: { vi: string; en: string } | null;
		indicatorInfo?: { nameVi: string; nameEn: string };
	})[],
	to: PlanContext,
	years: number
): { inputs: TargetInput[]; skipped: Skipped[] } {
	const inputs: TargetInput[] = [];
	const skipped: Skipped[] = [];
	const groupsByName = new Map([...to.groups.values()].map((g) => [g.nameVi, g.code]));
	for (const t of source) {
		const indicatorName = t.indicatorInfo ? { vi: t.indicatorInfo.nameVi, en: t.indicatorInfo.nameEn } : null;
		const skip = (reason: SkipReason) =>
			skipped.push({
				indicator: t.indicator,
				scope: scopeText(t.scope),
				reason,
				names: { indicator: indicatorName, scope: t.scopeName ?? null }
			});
		let scope = t.scope;
		if (scope.kind === 'school' && !to.schools.has(scope.code)) {
			skip('school_gone');
			continue;
		}
		if (scope.kind === 'group' && !to.groups.has(scope.code)) {
			const sameName = groupsByName.get(t.scopeName?.vi ?? '') ?? null;
			if (!sameName) {
				skip('group_gone');
				continue;
			}
			scope = { kind: 'group', code: sameName };
		}
		const judgedAt = shiftPeriod(t.judgedAt, years);
		const baseline = t.baseline === null ? null : shiftPeriod(t.baseline, years);
		if (!to.periods.has(judgedAt) || (baseline !== null && !to.periods.has(baseline))) {
			skip('period_gone');
			continue;
		}
		const { scopeName: _name, indicatorInfo: _info, ...rest } = t;
		const input: TargetInput = { ...rest, scope, judgedAt, baseline };
		if (!checkTarget(to, input).ok) {
			skip('invalid');
			continue;
		}
		inputs.push(input);
	}
	return { inputs, skipped };
}

/**
 * Copies the unit's plan of the previous school year into `yearCode`: into a new plan, or into an
 * existing plan that has no targets yet. A plan that already has targets is never merged into.
 */
export async function copyPreviousPlan(
	db: Db,
	actorId: string | null,
	unit: PlanUnit,
	yearCode: string,
	titles: { titleVi?: string; titleEn?: string } = {}
): Promise<CopyResult> {
	if (unit.type !== 'district' && unit.type !== 'province') return { ok: false, reason: 'unit_type' };
	const years = await listYears(db);
	const index = years.findIndex((y) => y.code === yearCode);
	if (index < 0) return { ok: false, reason: 'year_unknown' };
	const previous = index > 0 ? years[index - 1] : null;
	const from = previous ? await findPlan(db, unit.code, previous.code) : null;
	if (!from || !previous) return { ok: false, reason: 'no_previous_plan' };

	let plan = await findPlan(db, unit.code, yearCode);
	if (plan) {
		const [{ n }] = await db
			.select({ n: sql<number>`count(*)::int` })
			.from(table.targets)
			.where(eq(table.targets.planId, plan.id));
		if (Number(n) > 0) return { ok: false, reason: 'has_targets', count: Number(n) };
	}
	const fromCtx = await loadPlanContext(db, from);
	const source = await listTargets(db, fromCtx);
	const span = Number(yearCode.slice(0, 4)) - Number(previous.code.slice(0, 4));
	const retitle = (title: string) =>
		title.includes(previous.code) ? title.replaceAll(previous.code, yearCode) : '';

	if (!plan) {
		const created = await createPlan(db, actorId, {
			unit,
			yearCode,
			titleVi: titles.titleVi || retitle(from.titleVi),
			titleEn: titles.titleEn || retitle(from.titleEn)
		});
		if (!created.ok)
			return { ok: false, reason: created.reason === 'exists' ? 'has_targets' : created.reason };
		plan = created.plan;
	}
	const toCtx = await loadPlanContext(db, plan);
	const { inputs, skipped } = carryOver(source, toCtx, span);
	const target = plan;
	await db.transaction(async (tx) => {
		const ids: number[] = [];
		for (const [i, input] of inputs.entries()) {
			const checked = checkTarget(toCtx, input);
			if (!checked.ok) throw new Error('carried-over target no longer valid');
			const [row] = await tx
				.insert(table.targets)
				.values({ ...checked.values, planId: target.id, sortOrder: i })
				.returning({ id: table.targets.id });
			ids.push(row.id);
		}
		await recordAudit(tx, {
			actorId,
			action: 'plan.copy',
			unitId: unit.id,
			subject: `plan:${target.id}`,
			after: {
				from: `${unit.code}/${previous.code}`,
				to: `${unit.code}/${yearCode}`,
				targets: inputs.map((input, i) => snapshotTarget(ids[i], input)),
				skipped: skipped.map(({ names: _names, ...s }) => s)
			}
		});
	});
	return { ok: true, plan, copied: inputs.length, skipped };
}

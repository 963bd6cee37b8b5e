import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, sql } from 'drizzle-orm';
import { createTestDb } from '../helpers/db';
import type { Db, DbHandle } from '../../src/lib/server/db';
import * as table from '../../src/lib/server/db/schema';
import { plans as demoPlans } from '../../src/lib/server/demo/data/plans';
import { findPlan, listTargets, loadPlanContext } from '../../src/lib/server/plans/queries';
import { checkTarget } from '../../src/lib/server/plans/check-target';
import { describeComparator } from '../../src/lib/server/plans/describe-target';
import { createTarget, deleteTarget, updateTarget } from '../../src/lib/server/plans/store-targets';
import { copyPreviousPlan, createPlan } from '../../src/lib/server/plans/create-plan';
import type { PlanContext, TargetInput } from '../../src/lib/server/plans/types';
import { findUnitByCode } from '../../src/lib/server/units/queries';
import { selectRows } from '../helpers/select-rows';

let handle: DbHandle;
let db: Db;
const ACTOR = 'u-district';

beforeAll(async () => {
	handle = await createTestDb({ demo: true });
	db = handle.db;
});
afterAll(async () => {
	await handle?.close();
});

async function contextOf(unit: string, year: string): Promise<PlanContext> {
	const plan = await findPlan(db, unit, year);
	if (!plan) throw new Error(`no plan ${unit} ${year}`);
	return loadPlanContext(db, plan);
}

async function auditRows(action: string) {
	return selectRows<{
		actor_id: string;
		action: string;
		unit_id: number;
		subject: string;
		before: unknown;
		after: unknown;
	}>(
		db,
		sql`select actor_id, action, unit_id, subject, before, after from audit_log where action = ${action} order by id`
	);
}

const input = (over: Partial<TargetInput>): TargetInput => ({
	indicator: 'TH_TL_HTXS',
	comparator: 'gte',
	value: 50,
	min: null,
	max: null,
	scope: { kind: 'area' },
	judgedAt: 'CUOI_NAM',
	baseline: null,
	plannedNumerator: null,
	plannedDenominator: null,
	source: null,
	...over
});
const strip = ({
	indicator,
	comparator,
	value,
	min,
	max,
	scope,
	judgedAt,
	baseline,
	plannedNumerator,
	plannedDenominator,
	source
}: TargetInput) => ({
	indicator,
	comparator,
	value,
	min,
	max,
	scope,
	judgedAt,
	baseline,
	plannedNumerator,
	plannedDenominator,
	source
});

describe('the demo plans', () => {
	it('are loaded with all their targets, each one valid by the editor’s own rules', async () => {
		for (const def of demoPlans) {
			const ctx = await contextOf(def.unit, def.schoolYear);
			const targets = await listTargets(db, ctx);
			expect(targets.length, `${def.unit} ${def.schoolYear}`).toBe(def.targets.length);
			for (const t of targets) {
				const checked = checkTarget(ctx, t);
				expect(
					checked.ok ? 'ok' : JSON.stringify(checked.errors),
					`${def.unit} ${def.schoolYear} ${t.indicator}`
				).toBe('ok');
			}
		}
	});

	it('read as the plan documents write them', async () => {
		const ctx = await contextOf('HAIAN', '2024-2025');
		const targets = await listTargets(db, ctx);
		const words = (code: string) =>
			targets
				.filter((t) => t.indicator === code)
				.map((t) =>
					describeComparator('vi', t, t.indicatorInfo, ctx.periods).replace(/[\u00a0\u202f]%/g, '%')
				);
		expect(words('MN_TL_HUYDONG')).toEqual(['≥ 85,7% (7.910/9.232)']);
		expect(words('TH_TL_HTXS')).toEqual(['55–60%']);
		expect(words('MN_TL_SDD')).toEqual(['giảm 1,5 điểm % so với Cân đo lần 1']);
		expect(words('CHUAN_QG_MUC')).toEqual(['đạt mức 2', 'đạt mức 2', 'đạt mức 1']);
	});
});

describe('adding, changing and deleting targets', () => {
	it('creates a target, audited with its codes', async () => {
		const ctx = await contextOf('HAIAN', '2024-2025');
		const result = await createTarget(
			db,
			ACTOR,
			ctx,
			input({ indicator: 'TH_TL_BANTRU', value: 35, source: 'thử' })
		);
		expect(result.ok).toBe(true);
		const id = (result as { id: number }).id;
		const [row] = await db.select().from(table.targets).where(eq(table.targets.id, id));
		expect(row).toMatchObject({
			planId: ctx.plan.id,
			comparator: 'gte',
			value: 35,
			scopeKind: 'area',
			judgedAt: 'CUOI_NAM'
		});
		const [audit] = (await auditRows('target.create')).slice(-1);
		expect(audit).toMatchObject({
			actor_id: ACTOR,
			unit_id: ctx.plan.unitId,
			subject: `target:${id}`,
			before: null
		});
		expect(audit.after).toMatchObject({
			id,
			indicator: 'TH_TL_BANTRU',
			value: 35,
			scope: 'area',
			source: 'thử'
		});
	});

	it('refuses what the catalogue, the schools or the calendar rule out, field by field', async () => {
		const ctx = await contextOf('HAIAN', '2024-2025');
		const errorsOf = async (over: Partial<TargetInput>) => {
			const r = await createTarget(db, ACTOR, ctx, input(over));
			return r.ok
				? {}
				: Object.fromEntries(Object.entries((r as { errors: object }).errors).map(([k, v]) => [k, v.key]));
		};
		expect(await errorsOf({ value: 120 })).toEqual({ value: 'plans.error.percentRange' });
		expect(await errorsOf({ comparator: 'range', value: null, min: -1, max: 20 })).toEqual({
			min: 'plans.error.percentRange'
		});
		expect(await errorsOf({ scope: { kind: 'school', code: 'HA-MN-CATBI' } })).toEqual({
			scope: 'plans.error.levelNotApplicable'
		});
		expect(await errorsOf({ scope: { kind: 'school', code: 'AL-TH-ANTIEN' } })).toEqual({
			scope: 'plans.error.schoolUnknown'
		});
		expect(await errorsOf({ scope: { kind: 'group', code: 'HAIAN-MN-CONGLAP' } })).toEqual({
			scope: 'plans.error.groupNotApplicable'
		});
		expect(await errorsOf({ scope: { kind: 'group', code: 'ANLAO-TIEUHOC' } })).toEqual({
			scope: 'plans.error.groupUnknown'
		});
		expect(
			await errorsOf({
				indicator: 'XMC_MUC',
				comparator: 'level_gte',
				value: 2,
				scope: { kind: 'school', code: 'HA-TH-CATBI' }
			})
		).toEqual({
			scope: 'plans.error.areaOnly'
		});
		expect(await errorsOf({ indicator: 'XMC_MUC', comparator: 'gte', value: 2 })).toEqual({
			comparator: 'plans.error.levelComparator'
		});
		expect(await errorsOf({ comparator: 'level_gte', value: 2 })).toEqual({
			comparator: 'plans.error.notLevelIndicator'
		});
		expect(
			await errorsOf({
				indicator: 'CHUAN_QG_MUC',
				comparator: 'level_gte',
				value: 5,
				scope: { kind: 'school', code: 'HA-TH-CATBI' }
			})
		).toEqual({
			value: 'plans.error.levelRange'
		});
		expect(await errorsOf({ indicator: 'TH_TS_HS', value: 10.5 })).toEqual({
			value: 'plans.error.countInteger'
		});
		expect(await errorsOf({ judgedAt: 'CAN_DO_9' })).toEqual({ judgedAt: 'plans.error.periodUnknown' });
		expect(await errorsOf({ indicator: 'NO_SUCH' })).toEqual({ indicator: 'plans.error.indicatorUnknown' });
		// A school that closed before the year began is not offered (Thiên Thần Nhỏ closed 31/12/2024).
		const next = await contextOf('HAIAN', '2025-2026');
		expect(next.schools.has('HA-MN-THIENTHAN')).toBe(false);
		expect(ctx.schools.has('HA-MN-THIENTHAN')).toBe(true);
		expect(next.schools.has('HA-THTHCS-DONGHAI2')).toBe(true);
		expect(ctx.schools.has('HA-THTHCS-DONGHAI2')).toBe(false);
	});

	it('updates and deletes only the plan’s own targets, audited before and after', async () => {
		const ctx = await contextOf('HAIAN', '2024-2025');
		const target = (await listTargets(db, ctx)).find((t) => t.indicator === 'TH_TL_HTT')!;
		const changed = input({
			indicator: 'TH_TL_HTT',
			comparator: 'range',
			value: null,
			min: 16,
			max: 18,
			source: target.source
		});
		expect(await updateTarget(db, ACTOR, ctx, target.id, changed)).toEqual({ ok: true, id: target.id });
		const [row] = await db.select().from(table.targets).where(eq(table.targets.id, target.id));
		expect(row).toMatchObject({ min: 16, max: 18, value: null });
		const [audit] = (await auditRows('target.update')).slice(-1);
		expect(audit.before).toMatchObject({ id: target.id, min: 15, max: 17 });
		expect(audit.after).toMatchObject({ id: target.id, min: 16, max: 18 });

		const other = await contextOf('ANLAO', '2024-2025');
		expect(await updateTarget(db, ACTOR, other, target.id, changed)).toEqual({ ok: false, notFound: true });
		expect(await deleteTarget(db, ACTOR, other, target.id)).toEqual({ ok: false });

		expect(await deleteTarget(db, ACTOR, ctx, target.id)).toEqual({ ok: true });
		expect(await db.select().from(table.targets).where(eq(table.targets.id, target.id))).toEqual([]);
		const [deleted] = (await auditRows('target.delete')).slice(-1);
		expect(deleted).toMatchObject({ subject: `target:${target.id}`, after: null });
		expect(deleted.before).toMatchObject({ indicator: 'TH_TL_HTT', min: 16, max: 18 });
	});
});

describe('plans', () => {
	it('creates a plan for a district or province and year, once', async () => {
		const hp = (await findUnitByCode(db, 'HP'))!;
		const created = await createPlan(db, 'u-province', { unit: hp, yearCode: '2024-2025' });
		expect(created.ok).toBe(true);
		expect(created.ok && created.plan.titleVi).toBe('Kế hoạch năm học 2024-2025 – ' + hp.name);
		expect(await createPlan(db, 'u-province', { unit: hp, yearCode: '2024-2025' })).toEqual({
			ok: false,
			reason: 'exists'
		});
		expect(await createPlan(db, 'u-province', { unit: hp, yearCode: '2030-2031' })).toEqual({
			ok: false,
			reason: 'year_unknown'
		});
		const school = (await findUnitByCode(db, 'HA-TH-CATBI'))!;
		expect(await createPlan(db, 'u-admin', { unit: school, yearCode: '2024-2025' })).toEqual({
			ok: false,
			reason: 'unit_type'
		});
		expect((await auditRows('plan.create')).map((a) => a.subject)).toEqual([
			`plan:${created.ok && created.plan.id}`
		]);
	});

	it('copies last year’s plan into an empty plan, and never into one that has targets', async () => {
		const anlao = (await findUnitByCode(db, 'ANLAO'))!;
		const empty = await createPlan(db, ACTOR, { unit: anlao, yearCode: '2025-2026' });
		expect(empty.ok).toBe(true);
		const source = await listTargets(db, await contextOf('ANLAO', '2024-2025'));
		const copied = await copyPreviousPlan(db, ACTOR, anlao, '2025-2026');
		expect(copied).toMatchObject({ ok: true, copied: source.length, skipped: [] });
		const result = await listTargets(db, await contextOf('ANLAO', '2025-2026'));
		expect(result.map(strip)).toEqual(source.map(strip));
		const [audit] = (await auditRows('plan.copy')).slice(-1);
		expect(audit.after).toMatchObject({ from: 'ANLAO/2024-2025', to: 'ANLAO/2025-2026', skipped: [] });
		expect((audit.after as { targets: unknown[] }).targets).toHaveLength(source.length);

		expect(await copyPreviousPlan(db, ACTOR, anlao, '2025-2026')).toEqual({
			ok: false,
			reason: 'has_targets',
			count: source.length
		});
		expect(await copyPreviousPlan(db, ACTOR, anlao, '2023-2024')).toEqual({
			ok: false,
			reason: 'no_previous_plan'
		});
	});

	it('creates the plan when copying, retitled, re-resolving schools that closed', async () => {
		const haian = (await findUnitByCode(db, 'HAIAN'))!;
		const old = (await findPlan(db, 'HAIAN', '2025-2026'))!;
		await db.delete(table.plans).where(eq(table.plans.id, old.id));
		// A target for a school that closes before 2025-2026: it cannot be carried over.
		const ctx2024 = await contextOf('HAIAN', '2024-2025');
		const closing = await createTarget(
			db,
			ACTOR,
			ctx2024,
			input({ indicator: 'MN_TL_TUPHUCVU', value: 90, scope: { kind: 'school', code: 'HA-MN-THIENTHAN' } })
		);
		expect(closing.ok).toBe(true);
		const source = await listTargets(db, ctx2024);

		const copied = await copyPreviousPlan(db, ACTOR, haian, '2025-2026');
		expect(copied.ok).toBe(true);
		if (!copied.ok) return;
		expect(copied.plan.titleVi).toBe(ctx2024.plan.titleVi.replaceAll('2024-2025', '2025-2026'));
		const gone = source.find((t) => t.id === (closing as { id: number }).id)!;
		expect(gone.scopeName?.vi).toMatch(/Thiên Thần/);
		expect(copied.skipped).toEqual([
			{
				indicator: 'MN_TL_TUPHUCVU',
				scope: 'school:HA-MN-THIENTHAN',
				reason: 'school_gone',
				names: {
					indicator: { vi: gone.indicatorInfo.nameVi, en: gone.indicatorInfo.nameEn },
					scope: gone.scopeName
				}
			}
		]);
		const result = await listTargets(db, await contextOf('HAIAN', '2025-2026'));
		expect(result.map(strip)).toEqual(
			source.filter((t) => t.id !== (closing as { id: number }).id).map(strip)
		);
		const rows = await db
			.select({ scopeKind: table.targets.scopeKind })
			.from(table.targets)
			.where(and(eq(table.targets.planId, copied.plan.id), eq(table.targets.scopeKind, 'group')))
			.orderBy(asc(table.targets.id));
		expect(rows.length).toBeGreaterThan(0);
	});
});

// Giao chỉ tiêu theo trường: one row per school the indicator applies to, the target it inherits
// (its group's, else the area's) and its own overriding target, all judged at one period.
import type { Db } from '../db';
import { levelParts, type Comparator } from '../../domain/types';
import { insertTarget, removeTarget, replaceTarget } from './write-target';
import { checkTarget } from './check-target';
import { listTargets } from './queries';
import {
	DEFAULT_JUDGED_AT,
	type IndicatorInfo,
	type PlanContext,
	type Problem,
	type SchoolInfo,
	type TargetInput,
	type TargetValues,
	type TargetView
} from './types';

export type GridRow = {
	school: SchoolInfo;
	inherited: TargetView | null;
	override: TargetView | null;
};
export type Grid = {
	indicator: IndicatorInfo;
	judgedAt: string;
	comparator: Comparator;
	baseline: string | null;
	area: TargetView | null;
	rows: GridRow[];
};

function naturalComparator(indicator: IndicatorInfo): Comparator {
	if (indicator.unit === 'level') return 'level_gte';
	if (indicator.direction === 'band') return 'range';
	return indicator.direction === 'lower' ? 'lte' : 'gte';
}

export function buildGrid(
	ctx: PlanContext,
	targets: TargetView[],
	indicator: IndicatorInfo,
	at?: string
): Grid {
	const mine = targets.filter((t) => t.indicator === indicator.code);
	const judgedAt =
		at ?? mine.find((t) => t.scope.kind === 'area')?.judgedAt ?? mine[0]?.judgedAt ?? DEFAULT_JUDGED_AT;
	const atPeriod = mine.filter((t) => t.judgedAt === judgedAt);
	const area = atPeriod.find((t) => t.scope.kind === 'area') ?? null;
	const groupTargets = atPeriod.filter((t) => t.scope.kind === 'group');
	const rows: GridRow[] = [];
	for (const school of ctx.schools.values()) {
		if (!levelParts(school.level).some((l) => indicator.levels.includes(l))) continue;
		const viaGroup = groupTargets.find((t) => {
			const code = t.scope.kind === 'group' ? t.scope.code : '';
			return ctx.groups.get(code)?.memberIds.includes(school.id);
		});
		const override = atPeriod.find((t) => t.scope.kind === 'school' && t.scope.code === school.code) ?? null;
		rows.push({ school, inherited: viaGroup ?? area, override });
	}
	const firstOverride = rows.find((r) => r.override)?.override;
	const pattern = firstOverride ?? rows.find((r) => r.inherited)?.inherited ?? area;
	return {
		indicator,
		judgedAt,
		comparator: pattern?.comparator ?? naturalComparator(indicator),
		baseline: pattern?.baseline ?? null,
		area,
		rows
	};
}

export async function loadGrid(
	db: Db,
	ctx: PlanContext,
	indicatorCode: string,
	at?: string
): Promise<Grid | null> {
	const indicator = ctx.indicators.get(indicatorCode);
	if (!indicator || indicator.levels.length === 0) return null;
	return buildGrid(ctx, await listTargets(db, ctx), indicator, at && ctx.periods.has(at) ? at : undefined);
}

export type GridInput = {
	indicator: string;
	comparator: Comparator;
	judgedAt: string;
	baseline: string | null;
	source: string | null;
	cells: { school: string; value: number | null; min: number | null; max: number | null }[];
};
export type GridSaveResult =
	| { ok: true; created: number; updated: number; deleted: number }
	| { ok: false; errors: Record<string, Problem> };

const same = (a: TargetInput, b: TargetInput) =>
	a.comparator === b.comparator &&
	a.value === b.value &&
	a.min === b.min &&
	a.max === b.max &&
	a.baseline === b.baseline &&
	a.source === b.source;

/** Creates, updates and deletes the schools' own targets as the grid says, all or nothing. */
export async function saveGrid(
	db: Db,
	actorId: string | null,
	ctx: PlanContext,
	input: GridInput
): Promise<GridSaveResult> {
	const indicator = ctx.indicators.get(input.indicator);
	if (!indicator)
		return {
			ok: false,
			errors: { indicator: { key: 'plans.error.indicatorUnknown', params: { code: input.indicator } } }
		};
	const targets = await listTargets(db, ctx);
	const grid = buildGrid(ctx, targets, indicator, input.judgedAt);
	const rows = new Map(grid.rows.map((r) => [r.school.code, r]));
	const errors: Record<string, Problem> = {};
	const plan: {
		kind: 'create' | 'update' | 'delete';
		row: GridRow;
		input?: TargetInput;
		values?: TargetValues;
	}[] = [];

	for (const cell of input.cells) {
		const row = rows.get(cell.school);
		if (!row) {
			errors[cell.school] = { key: 'plans.error.schoolUnknown', params: { code: cell.school } };
			continue;
		}
		const blank = input.comparator === 'range' ? cell.min === null && cell.max === null : cell.value === null;
		if (blank) {
			if (row.override) plan.push({ kind: 'delete', row });
			continue;
		}
		const target: TargetInput = {
			indicator: indicator.code,
			comparator: input.comparator,
			value: input.comparator === 'range' ? null : cell.value,
			min: input.comparator === 'range' ? cell.min : null,
			max: input.comparator === 'range' ? cell.max : null,
			scope: { kind: 'school', code: row.school.code },
			judgedAt: input.judgedAt,
			baseline: input.comparator === 'change' ? input.baseline : null,
			plannedNumerator: row.override?.plannedNumerator ?? null,
			plannedDenominator: row.override?.plannedDenominator ?? null,
			source: input.source ?? row.override?.source ?? null
		};
		const checked = checkTarget(ctx, target);
		if (!checked.ok) {
			errors[cell.school] = Object.values(checked.errors)[0]!;
			continue;
		}
		if (!row.override) plan.push({ kind: 'create', row, input: target, values: checked.values });
		else if (!same(row.override, target))
			plan.push({ kind: 'update', row, input: target, values: checked.values });
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };

	const counts = { created: 0, updated: 0, deleted: 0 };
	await db.transaction(async (tx) => {
		let sortOrder = Math.max(-1, ...targets.map((t) => t.sortOrder)) + 1;
		const writer = { tx, actorId, ctx };
		for (const step of plan) {
			if (step.kind === 'delete') {
				await removeTarget(writer, step.row.override!.id, step.row.override!);
				counts.deleted++;
			} else if (step.kind === 'update') {
				const id = step.row.override!.id;
				await replaceTarget(writer, id, step.values!, step.row.override!, step.input!);
				counts.updated++;
			} else {
				await insertTarget(writer, step.values!, sortOrder++, step.input!);
				counts.created++;
			}
		}
	});
	return { ok: true, ...counts };
}

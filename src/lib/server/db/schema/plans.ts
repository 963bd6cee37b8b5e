import { sql } from 'drizzle-orm';
import {
	check,
	doublePrecision,
	index,
	jsonb,
	integer,
	pgTable,
	real,
	serial,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { schoolYears } from './calendar';
import { indicators } from './catalogue';
import { unitGroups, units } from './units';

export const plans = pgTable(
	'plans',
	{
		id: serial('id').primaryKey(),
		unitId: integer('unit_id')
			.notNull()
			.references(() => units.id, { onDelete: 'cascade' }),
		schoolYearId: integer('school_year_id')
			.notNull()
			.references(() => schoolYears.id, { onDelete: 'cascade' }),
		titleVi: text('title_vi').notNull(),
		titleEn: text('title_en').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('plans_unit_year_uq').on(t.unitId, t.schoolYearId)]
);

/**
 * A target: indicator + comparator + value(s) + judging period + scope.
 * A school-scoped target overrides the area's target for that school.
 */
export const targets = pgTable(
	'targets',
	{
		id: serial('id').primaryKey(),
		planId: integer('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		indicatorId: integer('indicator_id')
			.notNull()
			.references(() => indicators.id, { onDelete: 'restrict' }),
		comparator: text('comparator', {
			enum: ['gte', 'lte', 'eq', 'range', 'change', 'level_gte']
		}).notNull(),
		value: doublePrecision('value'),
		min: doublePrecision('min'),
		max: doublePrecision('max'),
		scopeKind: text('scope_kind', { enum: ['area', 'school', 'group'] })
			.notNull()
			.default('area'),
		scopeUnitId: integer('scope_unit_id').references(() => units.id, { onDelete: 'cascade' }),
		scopeGroupId: integer('scope_group_id').references(() => unitGroups.id, { onDelete: 'cascade' }),
		judgedAt: text('judged_at').notNull().default('CUOI_NAM'),
		baseline: text('baseline'),
		plannedNumerator: doublePrecision('planned_numerator'),
		plannedDenominator: doublePrecision('planned_denominator'),
		weight: real('weight'),
		source: text('source'),
		sortOrder: integer('sort_order').notNull().default(0)
	},
	(t) => [
		index('targets_plan_idx').on(t.planId),
		check(
			'targets_scope',
			sql`(${t.scopeKind} = 'area' and ${t.scopeUnitId} is null and ${t.scopeGroupId} is null)
			 or (${t.scopeKind} = 'school' and ${t.scopeUnitId} is not null)
			 or (${t.scopeKind} = 'group' and ${t.scopeGroupId} is not null)`
		),
		check(
			'targets_values',
			sql`(${t.comparator} = 'range' and ${t.min} is not null and ${t.max} is not null and ${t.min} <= ${t.max})
			 or (${t.comparator} <> 'range' and ${t.value} is not null)`
		),
		check('targets_change_baseline', sql`${t.comparator} <> 'change' or ${t.baseline} is not null`)
	]
);

/**
 * A plan document read by the plan reader ("Đọc từ văn bản kế hoạch"): its text, kept so that the
 * proposals can be reviewed over several sittings, and what the person decided on each proposal.
 * Accepted proposals become ordinary targets (with the clause in `targets.source`).
 */
export const planReadings = pgTable(
	'plan_readings',
	{
		id: serial('id').primaryKey(),
		planId: integer('plan_id')
			.notNull()
			.references(() => plans.id, { onDelete: 'cascade' }),
		userId: text('user_id').notNull(),
		fileName: text('file_name').notNull(),
		format: text('format', { enum: ['docx', 'pdf', 'txt', 'pasted'] }).notNull(),
		text: text('text').notNull(),
		/** Proposal id → { state: 'accepted', targetId } | { state: 'rejected' }. */
		decisions: jsonb('decisions')
			.$type<Record<string, { state: 'accepted' | 'rejected'; targetId?: number }>>()
			.notNull()
			.default({}),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('plan_readings_plan_idx').on(t.planId, t.createdAt)]
);

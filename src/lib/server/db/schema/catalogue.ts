import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	integer,
	jsonb,
	pgTable,
	real,
	serial,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import {
	BASE_LEVELS,
	DIRECTIONS,
	INDICATOR_GROUPS,
	RULE_GROUPS,
	VALUE_TYPES,
	type IndicatorFormula
} from '../../../domain/types';
import { ABOVE_TARGET_RULES } from '../../../domain/above-target';
import { allOf, oneOf } from './checks';
import { schoolYears } from './calendar';

export { RULE_GROUPS };

/** Raw figures schools report (domain.md §4); `code` is the contract with schools' files. */
export const dataElements = pgTable(
	'data_elements',
	{
		id: serial('id').primaryKey(),
		code: text('code').notNull(),
		nameVi: text('name_vi').notNull(),
		nameEn: text('name_en').notNull(),
		valueType: text('value_type', { enum: VALUE_TYPES }).notNull(),
		levels: text('levels').array().notNull(),
		unitScope: text('unit_scope', { enum: ['school', 'commune'] })
			.notNull()
			.default('school'),
		maxLevel: integer('max_level'),
		forms: text('forms').array().notNull(),
		sortOrder: integer('sort_order').notNull().default(0),
		/** Review: a change beyond this many percent of the previous value is flagged (null: the default). */
		swingPercent: real('swing_percent')
	},
	(t) => [
		uniqueIndex('data_elements_code_uq').on(t.code),
		check('data_elements_unit_scope_ck', oneOf(t.unitScope, ['school', 'commune'])),
		check('data_elements_levels_ck', allOf(t.levels, BASE_LEVELS))
	]
);

export const indicators = pgTable(
	'indicators',
	{
		id: serial('id').primaryKey(),
		code: text('code').notNull(),
		nameVi: text('name_vi').notNull(),
		nameEn: text('name_en').notNull(),
		groupKey: text('group_key', { enum: INDICATOR_GROUPS }).notNull(),
		levels: text('levels').array().notNull(),
		formula: jsonb('formula').$type<IndicatorFormula>().notNull(),
		direction: text('direction', { enum: DIRECTIONS }).notNull(),
		unit: text('unit', { enum: ['percent', 'count', 'level'] }).notNull(),
		/** A value above an "= n" target: fine, a warning or a miss; null = the default for the direction. */
		aboveTarget: text('above_target', { enum: ABOVE_TARGET_RULES }),
		weight: real('weight').notNull().default(1),
		sortOrder: integer('sort_order').notNull().default(0),
		/** "Cách viết trong kế hoạch": how plans write this indicator, for the plan reader ("…" = words between). */
		planPhrases: text('plan_phrases').array().notNull().default([])
	},
	(t) => [
		uniqueIndex('indicators_code_uq').on(t.code),
		check('indicators_above_target_ck', oneOf(t.aboveTarget, ABOVE_TARGET_RULES))
	]
);

/**
 * An indicator's formula by school year: each version holds from its school year (by start date) until
 * the next version's; `fromSchoolYearId` null is the first version, from the earliest year. Evaluations
 * of a year read the version valid for it, so a change from a year on never rewrites earlier years.
 * `indicators.formula` mirrors the latest version.
 */
export const indicatorFormulas = pgTable(
	'indicator_formulas',
	{
		id: serial('id').primaryKey(),
		indicatorId: integer('indicator_id')
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		fromSchoolYearId: integer('from_school_year_id').references(() => schoolYears.id, {
			onDelete: 'restrict'
		}),
		formula: jsonb('formula').$type<IndicatorFormula>().notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('indicator_formulas_from_uq').on(t.indicatorId, t.fromSchoolYearId),
		uniqueIndex('indicator_formulas_first_uq')
			.on(t.indicatorId)
			.where(sql`from_school_year_id is null`)
	]
);

/**
 * Consistency rules between one submission's figures (domain.md §4, DHIS2-style validation rules):
 * `le` Σ left ≤ Σ right, `eq` Σ left = Σ right; one row per comparison.
 */
export const validationRules = pgTable(
	'validation_rules',
	{
		id: serial('id').primaryKey(),
		groupKey: text('group_key', { enum: RULE_GROUPS }).notNull(),
		kind: text('kind', { enum: ['le', 'eq'] }).notNull(),
		left: text('left_codes').array().notNull(),
		right: text('right_codes').array().notNull(),
		nameVi: text('name_vi'),
		nameEn: text('name_en'),
		active: boolean('active').notNull().default(true),
		sortOrder: integer('sort_order').notNull().default(0)
	},
	(t) => [
		uniqueIndex('validation_rules_sides_uq').on(t.kind, t.left, t.right),
		check('validation_rules_kind_ck', sql`kind in ('le', 'eq')`),
		check('validation_rules_left_ck', sql`cardinality(left_codes) >= 1`),
		check('validation_rules_right_ck', sql`cardinality(right_codes) >= 1`),
		check(
			'validation_rules_group_ck',
			sql`group_key in ('enrolled_le_catchment', 'outcome_sum', 'graduates_le_grade9', 'qualified_chain', 'part_le_total')`
		)
	]
);

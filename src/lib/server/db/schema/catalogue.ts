import { integer, jsonb, pgTable, real, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { IndicatorFormula } from '../../../domain/types';

/** Raw figures schools report (domain.md §4); `code` is the contract with schools' files. */
export const dataElements = pgTable(
	'data_elements',
	{
		id: serial('id').primaryKey(),
		code: text('code').notNull(),
		nameVi: text('name_vi').notNull(),
		nameEn: text('name_en').notNull(),
		valueType: text('value_type', { enum: ['count', 'yes_no', 'level', 'decimal'] }).notNull(),
		levels: text('levels').array().notNull(),
		unitScope: text('unit_scope', { enum: ['school', 'commune'] })
			.notNull()
			.default('school'),
		maxLevel: integer('max_level'),
		forms: text('forms').array().notNull(),
		sortOrder: integer('sort_order').notNull().default(0)
	},
	(t) => [uniqueIndex('data_elements_code_uq').on(t.code)]
);

export const indicators = pgTable(
	'indicators',
	{
		id: serial('id').primaryKey(),
		code: text('code').notNull(),
		nameVi: text('name_vi').notNull(),
		nameEn: text('name_en').notNull(),
		groupKey: text('group_key', {
			enum: ['scale', 'staff', 'quality', 'accreditation', 'universal', 'it']
		}).notNull(),
		levels: text('levels').array().notNull(),
		formula: jsonb('formula').$type<IndicatorFormula>().notNull(),
		direction: text('direction', { enum: ['higher', 'lower', 'band'] }).notNull(),
		unit: text('unit', { enum: ['percent', 'count', 'level'] }).notNull(),
		weight: real('weight').notNull().default(1),
		sortOrder: integer('sort_order').notNull().default(0)
	},
	(t) => [uniqueIndex('indicators_code_uq').on(t.code)]
);

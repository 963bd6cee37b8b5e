import { sql } from 'drizzle-orm';
import {
	check,
	date,
	index,
	integer,
	pgTable,
	primaryKey,
	serial,
	text,
	uniqueIndex,
	type AnyPgColumn
} from 'drizzle-orm/pg-core';
import { OWNERSHIPS, SCHOOL_LEVELS, UNIT_TYPES } from '../../../domain/types';
import { schoolYears } from './calendar';
import { oneOf } from './checks';

/**
 * The administrative tree, of any depth. `path` is a materialized path of ids
 * ('/1/7/42/') so that "everything under a unit" is one indexed prefix match.
 */
export const units = pgTable(
	'units',
	{
		id: serial('id').primaryKey(),
		code: text('code').notNull(),
		name: text('name').notNull(),
		type: text('type', { enum: UNIT_TYPES }).notNull(),
		parentId: integer('parent_id').references((): AnyPgColumn => units.id, { onDelete: 'restrict' }),
		path: text('path').notNull(),
		depth: integer('depth').notNull(),
		schoolLevel: text('school_level', { enum: SCHOOL_LEVELS }),
		ownership: text('ownership', { enum: OWNERSHIPS }),
		/** The head (hiệu trưởng / trưởng phòng) and the unit's phone. */
		contactName: text('contact_name'),
		contactPhone: text('contact_phone'),
		/** The school's code in the national sector database (mã trường CSDL ngành), when not `code` itself. */
		ministryCode: text('ministry_code'),
		address: text('address'),
		activeFrom: date('active_from'),
		/** The last day the unit is open (inclusive); closing "from" a date stores the day before. */
		activeTo: date('active_to'),
		/** A school merged into another (closed from the merge's date, its figures kept under it). */
		mergedIntoId: integer('merged_into_id').references((): AnyPgColumn => units.id, { onDelete: 'set null' })
	},
	(t) => [
		uniqueIndex('units_code_uq').on(t.code),
		index('units_path_idx').on(t.path.op('text_pattern_ops')),
		index('units_parent_idx').on(t.parentId),
		check(
			'units_school_fields',
			sql`(${t.type} = 'school') = (${t.schoolLevel} is not null and ${t.ownership} is not null)`
		),
		check('units_type_ck', oneOf(t.type, UNIT_TYPES)),
		check('units_school_level_ck', oneOf(t.schoolLevel, SCHOOL_LEVELS)),
		check('units_ownership_ck', oneOf(t.ownership, OWNERSHIPS))
	]
);

/** Groupings beside the tree: clusters, post-reform communes, custom sets (e.g. non-public preschools). */
export const unitGroups = pgTable(
	'unit_groups',
	{
		id: serial('id').primaryKey(),
		code: text('code').notNull(),
		nameVi: text('name_vi').notNull(),
		nameEn: text('name_en').notNull(),
		kind: text('kind', { enum: ['cluster', 'commune', 'custom'] }).notNull(),
		ownerUnitId: integer('owner_unit_id').references(() => units.id, { onDelete: 'cascade' }),
		schoolYearId: integer('school_year_id').references(() => schoolYears.id, { onDelete: 'cascade' })
	},
	(t) => [uniqueIndex('unit_groups_code_uq').on(t.code)]
);

export const unitGroupMembers = pgTable(
	'unit_group_members',
	{
		groupId: integer('group_id')
			.notNull()
			.references(() => unitGroups.id, { onDelete: 'cascade' }),
		unitId: integer('unit_id')
			.notNull()
			.references(() => units.id, { onDelete: 'cascade' })
	},
	(t) => [primaryKey({ columns: [t.groupId, t.unitId] }), index('unit_group_members_unit_idx').on(t.unitId)]
);

/**
 * Where a unit sat in the tree during a school year, when that differs from `units` now: written when
 * a move takes effect after the year began (the year keeps the tree it had). A year and unit without a
 * row use `units.parent_id` / `units.path`, so a year nobody moved anything in has no rows at all.
 */
export const unitPlacements = pgTable(
	'unit_placements',
	{
		schoolYearId: integer('school_year_id')
			.notNull()
			.references(() => schoolYears.id, { onDelete: 'cascade' }),
		unitId: integer('unit_id')
			.notNull()
			.references(() => units.id, { onDelete: 'cascade' }),
		parentId: integer('parent_id').references(() => units.id, { onDelete: 'restrict' }),
		path: text('path').notNull(),
		depth: integer('depth').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.schoolYearId, t.unitId] }),
		index('unit_placements_path_idx').on(t.schoolYearId, t.path.op('text_pattern_ops'))
	]
);

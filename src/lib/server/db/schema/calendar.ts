import { date, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const schoolYears = pgTable(
	'school_years',
	{
		id: serial('id').primaryKey(),
		code: text('code').notNull(),
		startDate: date('start_date').notNull(),
		endDate: date('end_date').notNull(),
		hk1Start: date('hk1_start').notNull(),
		hk1End: date('hk1_end').notNull(),
		hk2Start: date('hk2_start').notNull(),
		hk2End: date('hk2_end').notNull()
	},
	(t) => [uniqueIndex('school_years_code_uq').on(t.code)]
);

/** Report forms (biểu mẫu), each with its own calendar of periods. */
export const reportForms = pgTable(
	'report_forms',
	{
		id: serial('id').primaryKey(),
		code: text('code').notNull(),
		nameVi: text('name_vi').notNull(),
		nameEn: text('name_en').notNull(),
		periodType: text('period_type', { enum: ['school_year', 'monthly'] }).notNull(),
		levels: text('levels').array().notNull()
	},
	(t) => [uniqueIndex('report_forms_code_uq').on(t.code)]
);

export const periods = pgTable(
	'periods',
	{
		id: serial('id').primaryKey(),
		schoolYearId: integer('school_year_id')
			.notNull()
			.references(() => schoolYears.id, { onDelete: 'cascade' }),
		formId: integer('form_id')
			.notNull()
			.references(() => reportForms.id, { onDelete: 'cascade' }),
		key: text('key').notNull(),
		labelVi: text('label_vi').notNull(),
		labelEn: text('label_en').notNull(),
		startDate: date('start_date').notNull(),
		endDate: date('end_date').notNull(),
		schoolDeadline: date('school_deadline').notNull(),
		districtDeadline: date('district_deadline').notNull(),
		sortOrder: integer('sort_order').notNull(),
		status: text('status', { enum: ['open', 'closed'] })
			.notNull()
			.default('open')
	},
	(t) => [
		uniqueIndex('periods_year_key_uq').on(t.schoolYearId, t.key),
		index('periods_form_idx').on(t.formId)
	]
);

/** A closed period reopened for one unit, with a reason (DHIS2's lock exception). */
export const periodExceptions = pgTable(
	'period_exceptions',
	{
		id: serial('id').primaryKey(),
		periodId: integer('period_id')
			.notNull()
			.references(() => periods.id, { onDelete: 'cascade' }),
		unitId: integer('unit_id').notNull(),
		reason: text('reason').notNull(),
		createdBy: text('created_by'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		until: date('until'),
		// The area whose manager granted it (null: the top of the tree). It overrides closures at or
		// below that area only: a district's exception never beats the province's closure.
		grantedAtUnitId: integer('granted_at_unit_id')
	},
	(t) => [uniqueIndex('period_exceptions_uq').on(t.periodId, t.unitId)]
);

import { date, index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { dataElements, indicators } from './catalogue';
import { periods } from './calendar';
import { submissions } from './submissions';
import { units } from './units';

/**
 * A thread per figure of a report: the district asks about a figure, the school answers on the same
 * thread. `side` is who spoke (a reviewer or the school), kept with the message so the thread reads
 * the same after the author's roles change.
 */
export const figureComments = pgTable(
	'figure_comments',
	{
		id: serial('id').primaryKey(),
		submissionId: integer('submission_id')
			.notNull()
			.references(() => submissions.id, { onDelete: 'cascade' }),
		dataElementId: integer('data_element_id')
			.notNull()
			.references(() => dataElements.id, { onDelete: 'cascade' }),
		authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
		side: text('side', { enum: ['reviewer', 'school'] }).notNull(),
		body: text('body').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('figure_comments_sub_idx').on(t.submissionId, t.dataElementId)]
);

/** A school's explanation (giải trình) of an indicator off track or at risk at a period. */
export const explanations = pgTable(
	'explanations',
	{
		id: serial('id').primaryKey(),
		unitId: integer('unit_id')
			.notNull()
			.references(() => units.id, { onDelete: 'cascade' }),
		indicatorId: integer('indicator_id')
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		periodId: integer('period_id')
			.notNull()
			.references(() => periods.id, { onDelete: 'cascade' }),
		cause: text('cause').notNull(),
		measures: text('measures').notNull(),
		expectedDate: date('expected_date'),
		/** The status the school explained (off_track, at_risk), as it was when written. */
		status: text('status').notNull(),
		authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('explanations_uq').on(t.unitId, t.indicatorId, t.periodId),
		index('explanations_period_idx').on(t.periodId)
	]
);

/** The district requires an explanation of an indicator before it approves a school's report. */
export const explanationRequirements = pgTable(
	'explanation_requirements',
	{
		id: serial('id').primaryKey(),
		submissionId: integer('submission_id')
			.notNull()
			.references(() => submissions.id, { onDelete: 'cascade' }),
		indicatorId: integer('indicator_id')
			.notNull()
			.references(() => indicators.id, { onDelete: 'cascade' }),
		requiredBy: text('required_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('explanation_requirements_uq').on(t.submissionId, t.indicatorId)]
);

import { date, index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { bytea } from './bytea';
import { schoolYears } from './calendar';
import { findings } from './submissions';
import { units } from './units';
import { users } from './auth';

/** Minutes and photos attached to a finding (by the inspector or the school); served only to its readers. */
export const findingAttachments = pgTable(
	'finding_attachments',
	{
		id: text('id').primaryKey(),
		findingId: integer('finding_id')
			.notNull()
			.references(() => findings.id, { onDelete: 'cascade' }),
		userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
		fileName: text('file_name').notNull(),
		mediaType: text('media_type').notNull(),
		size: integer('size').notNull(),
		sha256: text('sha256').notNull(),
		content: bytea('content').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('finding_attachments_finding_idx').on(t.findingId)]
);

/** The year's inspection plan: which school, when, by whom. */
export const inspectionVisits = pgTable(
	'inspection_visits',
	{
		id: serial('id').primaryKey(),
		schoolYearId: integer('school_year_id')
			.notNull()
			.references(() => schoolYears.id, { onDelete: 'cascade' }),
		unitId: integer('unit_id')
			.notNull()
			.references(() => units.id, { onDelete: 'cascade' }),
		startDate: date('start_date').notNull(),
		endDate: date('end_date').notNull(),
		inspectorId: text('inspector_id').references(() => users.id, { onDelete: 'set null' }),
		/** Who leads the visit when no account does (a team, a name from the Phòng's decision). */
		inspectorName: text('inspector_name'),
		note: text('note'),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('inspection_visits_year_idx').on(t.schoolYearId, t.startDate),
		index('inspection_visits_unit_idx').on(t.unitId)
	]
);

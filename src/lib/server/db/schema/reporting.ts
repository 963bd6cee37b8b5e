import { index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { periods } from './calendar';
import { units } from './units';

/**
 * A period closed for one area (a district closes the collection for its own schools);
 * `periods.status` stays the system-wide state, a school's lock exception overrides both.
 */
export const periodClosures = pgTable(
	'period_closures',
	{
		id: serial('id').primaryKey(),
		periodId: integer('period_id')
			.notNull()
			.references(() => periods.id, { onDelete: 'cascade' }),
		unitId: integer('unit_id')
			.notNull()
			.references(() => units.id, { onDelete: 'cascade' }),
		closedBy: text('closed_by'),
		closedAt: timestamp('closed_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('period_closures_uq').on(t.periodId, t.unitId),
		index('period_closures_unit_idx').on(t.unitId)
	]
);

/**
 * A period report as generated (báo cáo sơ kết / tổng kết): the text typed in the app and the figures
 * as they were at that moment (`snapshot`), so downloading it later gives the same document.
 */
export const periodReports = pgTable(
	'period_reports',
	{
		id: serial('id').primaryKey(),
		unitId: integer('unit_id')
			.notNull()
			.references(() => units.id, { onDelete: 'cascade' }),
		periodId: integer('period_id')
			.notNull()
			.references(() => periods.id, { onDelete: 'cascade' }),
		docNumber: text('doc_number').notNull(),
		title: text('title').notNull(),
		/** The editable text (ReportText): issuer, place, date, introduction, conclusions, signer, recipients. */
		content: jsonb('content').notNull(),
		/** The figures as generated (FiguresSnapshot). */
		snapshot: jsonb('snapshot').notNull(),
		createdBy: text('created_by'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('period_reports_unit_period_idx').on(t.unitId, t.periodId)]
);

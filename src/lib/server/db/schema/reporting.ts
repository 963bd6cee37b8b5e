import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
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

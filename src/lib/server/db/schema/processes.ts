import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { bytea } from './bytea';
import { users } from './auth';

/**
 * A checked file waiting for its "confirm" (the upload page and the school list), in the database so
 * that any app process can confirm it. Per user, short-lived and bounded (src/lib/server/previews).
 */
export const uploadPreviews = pgTable(
	'upload_previews',
	{
		id: text('id').primaryKey(),
		kind: text('kind', { enum: ['figures', 'units', 'setup'] }).notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		fileName: text('file_name').notNull(),
		mediaType: text('media_type'),
		defaultPeriod: text('default_period'),
		/** The file as sent, or null when it cannot be confirmed (too large to be stored). */
		content: bytea('content'),
		/** The failed rows as gzipped CSV, when the check found problems. */
		failedRows: bytea('failed_rows'),
		/** Bytes of content and failed rows together (the bounds count this). */
		size: integer('size').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
	},
	(t) => [
		index('upload_previews_user_idx').on(t.userId, t.kind, t.createdAt),
		index('upload_previews_expires_idx').on(t.expiresAt)
	]
);

/** Who runs a cluster-wide job (housekeeping) until when: taken atomically by one process at a time. */
export const leases = pgTable('leases', {
	name: text('name').primaryKey(),
	holder: text('holder').notNull(),
	until: timestamp('until', { withTimezone: true }).notNull()
});

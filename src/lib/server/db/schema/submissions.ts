import {
	bigserial,
	check,
	date,
	doublePrecision,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { bytea } from './bytea';
import { periods } from './calendar';
import { units } from './units';
import { users } from './auth';
import { oneOf } from './checks';

/** One unit's report for one period (the period fixes the form). */
export const submissions = pgTable(
	'submissions',
	{
		id: serial('id').primaryKey(),
		unitId: integer('unit_id')
			.notNull()
			.references(() => units.id, { onDelete: 'cascade' }),
		periodId: integer('period_id')
			.notNull()
			.references(() => periods.id, { onDelete: 'cascade' }),
		status: text('status', { enum: ['draft', 'submitted', 'returned', 'approved'] })
			.notNull()
			.default('draft'),
		version: integer('version').notNull().default(0),
		submittedAt: timestamp('submitted_at', { withTimezone: true }),
		submittedBy: text('submitted_by').references(() => users.id, { onDelete: 'set null' }),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
		comment: text('comment'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('submissions_unit_period_uq').on(t.unitId, t.periodId),
		index('submissions_period_idx').on(t.periodId)
	]
);

export const figures = pgTable(
	'figures',
	{
		// Both references are enforced per statement by triggers (drizzle/0006, 0010), not per row: a
		// province's upload adds 100,000 figures, and a foreign key costs a lookup for each of them.
		// Deleting a submission still deletes its figures; a data element with figures cannot go.
		submissionId: integer('submission_id').notNull(),
		dataElementId: integer('data_element_id').notNull(),
		value: doublePrecision('value').notNull(),
		comment: text('comment'),
		uploadId: text('upload_id'),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	// No index by data element alone: every read goes through the submission, and keeping one costs
	// each upload a lookup per figure in a low-cardinality index.
	(t) => [primaryKey({ columns: [t.submissionId, t.dataElementId] })]
);

/** Every confirmed upload, with the original file kept for those who may see it. */
export const uploads = pgTable(
	'uploads',
	{
		id: text('id').primaryKey(),
		userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
		fileName: text('file_name').notNull(),
		mediaType: text('media_type'),
		sha256: text('sha256').notNull(),
		size: integer('size').notNull(),
		content: bytea('content'),
		/** 'gzip' when `content` is the file compressed (imports/upload-content.ts); null: the bytes as sent. */
		contentEncoding: text('content_encoding', { enum: ['gzip'] }),
		status: text('status', { enum: ['stored', 'unchanged', 'rejected'] }).notNull(),
		summary: jsonb('summary'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('uploads_sha_idx').on(t.sha256),
		check('uploads_content_encoding_ck', oneOf(t.contentEncoding, ['gzip']))
	]
);

/** Who changed what, when, and through which upload. */
export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		actorId: text('actor_id'),
		action: text('action').notNull(),
		unitId: integer('unit_id'),
		subject: text('subject'),
		before: jsonb('before'),
		after: jsonb('after'),
		uploadId: text('upload_id')
	},
	(t) => [index('audit_log_unit_idx').on(t.unitId, t.at), index('audit_log_action_idx').on(t.action)]
);

/** Inspectors' visits and findings on a unit. */
export const findings = pgTable(
	'findings',
	{
		id: serial('id').primaryKey(),
		unitId: integer('unit_id')
			.notNull()
			.references(() => units.id, { onDelete: 'cascade' }),
		authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
		visitDate: date('visit_date').notNull(),
		indicatorCodes: text('indicator_codes').array().notNull().default([]),
		text: text('text').notNull(),
		followUpDue: date('follow_up_due'),
		status: text('status', { enum: ['open', 'closed'] })
			.notNull()
			.default('open'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		/** The school's answer (what it did about the finding); only the school writes it. */
		response: text('response'),
		respondedAt: timestamp('responded_at', { withTimezone: true }),
		respondedBy: text('responded_by').references(() => users.id, { onDelete: 'set null' }),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		closedBy: text('closed_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [index('findings_unit_idx').on(t.unitId)]
);

export const submissionEvents = pgTable(
	'submission_events',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		submissionId: integer('submission_id')
			.notNull()
			.references(() => submissions.id, { onDelete: 'cascade' }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		actorId: text('actor_id'),
		fromStatus: text('from_status'),
		toStatus: text('to_status').notNull(),
		version: integer('version'),
		comment: text('comment')
	},
	(t) => [index('submission_events_sub_idx').on(t.submissionId)]
);

export type FigureValue = typeof figures.$inferSelect;

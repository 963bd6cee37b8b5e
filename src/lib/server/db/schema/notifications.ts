import {
	bigserial,
	boolean,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { units } from './units';

export const NOTIFICATION_CHANNELS = ['in_app', 'email', 'zalo', 'sms'] as const;
export const NOTIFICATION_STATUSES = ['queued', 'sent', 'failed', 'gave_up'] as const;

/**
 * The outbox: one row per event × recipient × channel, written in the transaction of the event,
 * delivered by the worker (src/lib/server/notifications). The unique key makes every event idempotent.
 */
export const notifications = pgTable(
	'notifications',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		kind: text('kind').notNull(),
		eventKey: text('event_key').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		channel: text('channel', { enum: NOTIFICATION_CHANNELS }).notNull(),
		unitId: integer('unit_id').references(() => units.id, { onDelete: 'set null' }),
		/** Where the address came from at the time of the event (e-mail or phone); null for in_app. */
		address: text('address'),
		link: text('link'),
		subject: text('subject').notNull(),
		body: text('body').notNull(),
		/** Short template parameters (Zalo ZNS) and anything the adapters need. */
		params: jsonb('params').notNull().default({}),
		status: text('status', { enum: NOTIFICATION_STATUSES }).notNull().default('queued'),
		attempts: integer('attempts').notNull().default(0),
		nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
		lastError: text('last_error'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true }),
		readAt: timestamp('read_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('notifications_event_user_channel_uq').on(t.eventKey, t.userId, t.channel),
		index('notifications_due_idx').on(t.status, t.nextAttemptAt),
		index('notifications_inbox_idx').on(t.userId, t.channel, t.createdAt),
		index('notifications_unit_kind_idx').on(t.unitId, t.kind, t.createdAt)
	]
);

/** A user's choice of channels per kind of event (absent row = the default for the channel). */
export const notificationPreferences = pgTable(
	'notification_preferences',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		channel: text('channel', { enum: NOTIFICATION_CHANNELS }).notNull(),
		enabled: boolean('enabled').notNull()
	},
	(t) => [primaryKey({ columns: [t.userId, t.kind, t.channel] })]
);

/** Channels a district requires for its schools' users for a kind (e.g. deadlines by Zalo). */
export const notificationRequirements = pgTable(
	'notification_requirements',
	{
		unitId: integer('unit_id')
			.notNull()
			.references(() => units.id, { onDelete: 'cascade' }),
		kind: text('kind').notNull(),
		channel: text('channel', { enum: NOTIFICATION_CHANNELS }).notNull()
	},
	(t) => [primaryKey({ columns: [t.unitId, t.kind, t.channel] })]
);

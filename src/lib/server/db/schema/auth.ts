import { boolean, index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { units } from './units';

export const users = pgTable('users', {
	id: text('id').primaryKey(),
	username: text('username').notNull().unique(),
	displayName: text('display_name').notNull(),
	passwordHash: text('password_hash').notNull(),
	mustChangePassword: boolean('must_change_password').notNull().default(false),
	disabled: boolean('disabled').notNull().default(false),
	email: text('email'),
	phone: text('phone'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/** Only the SHA-256 of the session token is stored (the Lucia guide's scheme). */
export const sessions = pgTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		secretHash: text('secret_hash').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

export const roleAssignments = pgTable(
	'role_assignments',
	{
		id: serial('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text('role', { enum: ['admin', 'province', 'district', 'inspector', 'school'] }).notNull(),
		unitId: integer('unit_id').references(() => units.id, { onDelete: 'cascade' })
	},
	(t) => [index('role_assignments_user_idx').on(t.userId)]
);

export const apiTokens = pgTable(
	'api_tokens',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		tokenHash: text('token_hash').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
		/** Chosen at creation; null = until revoked (or the owner's password changes). */
		expiresAt: timestamp('expires_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [index('api_tokens_user_idx').on(t.userId)]
);

export const loginAttempts = pgTable(
	'login_attempts',
	{
		id: serial('id').primaryKey(),
		username: text('username').notNull(),
		clientAddress: text('client_address').notNull(),
		success: boolean('success').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('login_attempts_user_idx').on(t.username, t.at),
		index('login_attempts_addr_idx').on(t.clientAddress, t.at)
	]
);

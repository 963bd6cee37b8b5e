// What a user reads in the app (the in-app rows), their channel choices, and the administrators' view.
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { CHANNELS, DEFAULT_ENABLED, PREFERENCE_KINDS, type Channel, type PreferenceKind } from './kinds';

export type InboxItem = {
	id: number;
	kind: string;
	subject: string;
	body: string;
	link: string | null;
	createdAt: Date;
	readAt: Date | null;
};

const inApp = (userId: string) =>
	and(eq(table.notifications.userId, userId), eq(table.notifications.channel, 'in_app'));

export async function listInbox(db: Db, userId: string, limit = 100): Promise<InboxItem[]> {
	return db
		.select({
			id: table.notifications.id,
			kind: table.notifications.kind,
			subject: table.notifications.subject,
			body: table.notifications.body,
			link: table.notifications.link,
			createdAt: table.notifications.createdAt,
			readAt: table.notifications.readAt
		})
		.from(table.notifications)
		.where(inApp(userId))
		.orderBy(desc(table.notifications.createdAt), desc(table.notifications.id))
		.limit(limit);
}

export async function countUnread(db: Db, userId: string): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(table.notifications)
		.where(and(inApp(userId), isNull(table.notifications.readAt)));
	return Number(row?.n ?? 0);
}

/** Marks the user's own in-app rows read (all of them without ids); returns the link of a single one. */
export async function markRead(db: Db, userId: string, ids: number[] | 'all'): Promise<string | null> {
	const rows = await db
		.update(table.notifications)
		.set({ readAt: sql`coalesce(${table.notifications.readAt}, now())` })
		.where(and(inApp(userId), ids === 'all' ? undefined : inArray(table.notifications.id, ids)))
		.returning({ link: table.notifications.link });
	return ids !== 'all' && rows.length === 1 ? rows[0].link : null;
}

const readChannel = col.oneOf(CHANNELS);

export type PreferenceGrid = {
	kind: PreferenceKind;
	channels: { channel: Channel; enabled: boolean; required: boolean }[];
}[];

/** Every kind × channel with the user's choice (or the default) and what their districts require. */
export async function loadPreferences(db: Db, userId: string): Promise<PreferenceGrid> {
	const [chosen, required] = await Promise.all([
		db.select().from(table.notificationPreferences).where(eq(table.notificationPreferences.userId, userId)),
		queryRows(
			db,
			sql`select distinct q.kind, q.channel from notification_requirements q join units a on a.id = q.unit_id
			    join role_assignments r on r.user_id = ${userId} join units u on u.id = r.unit_id
			    where u.path like a.path || '%'`,
			(r) => ({ kind: col.text(r.kind), channel: readChannel(r.channel) })
		)
	]);
	return PREFERENCE_KINDS.map((kind) => ({
		kind,
		channels: CHANNELS.map((channel) => {
			const isRequired =
				channel === 'in_app' || required.some((r) => r.kind === kind && r.channel === channel);
			const choice = chosen.find((c) => c.kind === kind && c.channel === channel);
			return {
				channel,
				enabled: isRequired || (choice?.enabled ?? DEFAULT_ENABLED[channel]),
				required: isRequired
			};
		})
	}));
}

/** Stores the whole grid: `on` holds "kind:channel" of every box ticked. */
export async function savePreferences(db: Db, userId: string, on: Set<string>): Promise<void> {
	const rows = PREFERENCE_KINDS.flatMap((kind) =>
		CHANNELS.filter((c) => c !== 'in_app').map((channel) => ({
			userId,
			kind,
			channel,
			enabled: on.has(`${kind}:${channel}`)
		}))
	);
	await db.transaction(async (tx) => {
		await tx.delete(table.notificationPreferences).where(eq(table.notificationPreferences.userId, userId));
		await tx.insert(table.notificationPreferences).values(rows);
	});
}

export type DeliveryRow = {
	id: number;
	kind: string;
	channel: string;
	status: string;
	attempts: number;
	last_error: string | null;
	subject: string;
	address: string | null;
	username: string;
	created_at: Date;
	sent_at: Date | null;
};

/** Recent rows of the outbox, newest first, optionally of one status; and the counts per status. */
export async function listDeliveries(
	db: Db,
	options: { status?: string; limit?: number } = {}
): Promise<{ rows: DeliveryRow[]; counts: Record<string, number> }> {
	const filter = options.status ? sql`where n.status = ${options.status}` : sql``;
	const [rows, counts] = await Promise.all([
		queryRows<DeliveryRow>(
			db,
			sql`select n.id, n.kind, n.channel, n.status, n.attempts, n.last_error, n.subject, n.address,
			           u.username, n.created_at, n.sent_at
			    from notifications n join users u on u.id = n.user_id ${filter}
			    order by n.created_at desc, n.id desc limit ${options.limit ?? 200}`,
			(r) => ({
				id: col.int(r.id),
				kind: col.text(r.kind),
				channel: col.text(r.channel),
				status: col.text(r.status),
				attempts: col.int(r.attempts),
				last_error: col.textOrNull(r.last_error),
				subject: col.text(r.subject),
				address: col.textOrNull(r.address),
				username: col.text(r.username),
				created_at: col.date(r.created_at),
				sent_at: col.dateOrNull(r.sent_at)
			})
		),
		db
			.select({ status: table.notifications.status, n: count() })
			.from(table.notifications)
			.groupBy(table.notifications.status)
	]);
	const byStatus = { queued: 0, sent: 0, failed: 0, gave_up: 0 } as Record<string, number>;
	for (const c of counts) byStatus[c.status] = c.n;
	return { rows, counts: byStatus };
}

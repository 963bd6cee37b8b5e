// Writes notification rows: call it inside the transaction of the event, so that the event and its
// messages commit together or not at all. Idempotent: the same event key never makes a second row.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import type { Params } from '$lib/i18n/translate';
import {
	CHANNELS,
	clipParam,
	deferForQuietHours,
	pickChannels,
	preferenceKindOf,
	type Channel,
	type EventKind
} from './kinds';
import { renderNotification } from './render';

export type NotificationEvent = {
	kind: EventKind;
	/** Identifies the event: the same key is sent once per recipient and channel, ever. */
	eventKey: string;
	/** The unit the event is about (a school, a district): its contact phone and its district's rules. */
	unitId: number | null;
	userIds: string[];
	link: string | null;
	params: Params;
};

/** Enabled users holding `role` on the unit. */
export async function listUnitUsers(db: Db, unitId: number, roles: string[]): Promise<string[]> {
	const rows = await db
		.selectDistinct({ id: table.users.id })
		.from(table.users)
		.innerJoin(table.roleAssignments, eq(table.roleAssignments.userId, table.users.id))
		.where(
			and(
				eq(table.roleAssignments.unitId, unitId),
				inArray(
					table.roleAssignments.role,
					roles as (typeof table.roleAssignments.role.enumValues)[number][]
				),
				eq(table.users.disabled, false)
			)
		)
		.orderBy(table.users.id);
	return rows.map((r) => r.id);
}

const readChannel = col.oneOf(CHANNELS);

/** The channels the districts above a unit (or the unit itself) require for a kind. */
async function requiredChannels(db: Db, unitId: number | null, kind: string): Promise<Channel[]> {
	if (unitId === null) return [];
	return queryRows(
		db,
		sql`select distinct r.channel from notification_requirements r join units a on a.id = r.unit_id
		    join units u on u.id = ${unitId} where r.kind = ${kind} and u.path like a.path || '%'`,
		(r) => readChannel(r.channel)
	);
}

/** Rows for the event, one per recipient and channel; returns how many were new. */
export async function enqueueNotification(
	db: Db,
	event: NotificationEvent,
	now = new Date()
): Promise<number> {
	const userIds = [...new Set(event.userIds)];
	if (userIds.length === 0) return 0;
	const prefKind = preferenceKindOf(event.kind);
	const [users, prefs, required, unitPhone] = await Promise.all([
		db
			.select({ id: table.users.id, email: table.users.email, phone: table.users.phone })
			.from(table.users)
			.where(and(inArray(table.users.id, userIds), eq(table.users.disabled, false))),
		db
			.select()
			.from(table.notificationPreferences)
			.where(
				and(
					inArray(table.notificationPreferences.userId, userIds),
					eq(table.notificationPreferences.kind, prefKind)
				)
			),
		requiredChannels(db, event.unitId, prefKind),
		event.unitId === null
			? Promise.resolve(null)
			: db
					.select({ contactPhone: table.units.contactPhone })
					.from(table.units)
					.where(eq(table.units.id, event.unitId))
					.then((r) => r[0]?.contactPhone ?? null)
	]);
	const { subject, body } = renderNotification(event.kind, event.params);
	const zalo = Object.fromEntries(Object.entries(event.params).map(([k, v]) => [k, clipParam(String(v))]));
	const rows: (typeof table.notifications.$inferInsert)[] = [];
	for (const user of users) {
		const chosen = Object.fromEntries(
			prefs.filter((p) => p.userId === user.id).map((p) => [p.channel, p.enabled])
		);
		const channels = pickChannels({ email: user.email, phone: user.phone ?? unitPhone }, chosen, required);
		for (const { channel, address } of channels) {
			rows.push({
				kind: event.kind,
				eventKey: event.eventKey,
				userId: user.id,
				channel,
				unitId: event.unitId,
				address,
				link: event.link,
				subject,
				body,
				params: channel === 'zalo' ? zalo : {},
				createdAt: now,
				nextAttemptAt: deferForQuietHours(channel, now)
			});
		}
	}
	if (rows.length === 0) return 0;
	const inserted = await db
		.insert(table.notifications)
		.values(rows)
		.onConflictDoNothing()
		.returning({ id: table.notifications.id });
	if (inserted.length > 0) wakeDelivery();
	return inserted.length;
}

let waker: (() => void) | null = null;

/** The worker of this process registers how to wake it (a message written → delivered soon). */
export function setDeliveryWaker(fn: (() => void) | null): void {
	waker = fn;
}

function wakeDelivery(): void {
	waker?.();
}

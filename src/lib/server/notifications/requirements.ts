// The channels a district (or province) requires for its schools per kind of notification; enqueue.ts
// enforces them and /account shows them as "bắt buộc". In-app is always on, so it is never stored.
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { can } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { writeAudit } from '../submissions/events';
import type { UnitRow } from '../units/queries';
import type { Channel, PreferenceKind } from './kinds';

/** The kinds that reach schools (the digest goes to the district itself). */
export const REQUIRABLE_KINDS = [
	'deadline',
	'decision',
	'finding'
] as const satisfies readonly PreferenceKind[];
export const REQUIRABLE_CHANNELS = ['email', 'zalo', 'sms'] as const satisfies readonly Channel[];

/** The form of /reporting/notifications: the area and every ticked "kind:channel" box. */
export const requirementsFormSchema = z.object({
	unit: z.string().trim().min(1).max(64),
	on: z.array(z.string().max(40)).max(REQUIRABLE_KINDS.length * REQUIRABLE_CHANNELS.length)
});

export type RequirementGrid = {
	kind: (typeof REQUIRABLE_KINDS)[number];
	channels: {
		channel: (typeof REQUIRABLE_CHANNELS)[number];
		required: boolean;
		requiredAbove: string | null;
	}[];
}[];

/** Districts and provinces set requirements for their schools; a school or a commune has none to set. */
export function isRequirementArea(unit: { type: string }): boolean {
	return unit.type === 'district' || unit.type === 'province';
}

/** Keeps only the "kind:channel" pairs that may be required, without duplicates. */
export function parseRequirementPairs(values: readonly unknown[]): { kind: string; channel: Channel }[] {
	const seen = new Set<string>();
	const out: { kind: string; channel: Channel }[] = [];
	for (const v of values) {
		if (typeof v !== 'string' || seen.has(v)) continue;
		const [kind, channel] = v.split(':');
		if (!(REQUIRABLE_KINDS as readonly string[]).includes(kind)) continue;
		if (!(REQUIRABLE_CHANNELS as readonly string[]).includes(channel)) continue;
		seen.add(v);
		out.push({ kind, channel: channel as Channel });
	}
	return out;
}

/** The unit's own requirements, and for each box the area above that already requires it (if any). */
export async function loadRequirements(db: Db, unit: UnitRow): Promise<RequirementGrid> {
	const rows = await queryRows(
		db,
		sql`select r.kind, r.channel, a.id = ${unit.id} as own, a.code from notification_requirements r
		    join units a on a.id = r.unit_id where ${unit.path} like a.path || '%' order by length(a.path)`,
		(r) => ({
			kind: col.text(r.kind),
			channel: col.text(r.channel),
			own: col.bool(r.own),
			code: col.text(r.code)
		})
	);
	return REQUIRABLE_KINDS.map((kind) => ({
		kind,
		channels: REQUIRABLE_CHANNELS.map((channel) => {
			const hits = rows.filter((r) => r.kind === kind && r.channel === channel);
			return {
				channel,
				required: hits.some((r) => r.own),
				requiredAbove: hits.find((r) => !r.own)?.code ?? null
			};
		})
	}));
}

/** Replaces the unit's requirements with `on` ("kind:channel" pairs) in one transaction, audited. */
export async function saveRequirements(
	db: Db,
	input: { unit: UnitRow; on: readonly unknown[]; actor: AuthUser }
): Promise<{ ok: true; changed: boolean } | { ok: false; reason: 'forbidden' | 'not_area' }> {
	// The route checks too; here so that no other caller can skip it.
	if (!can(input.actor, 'manage_calendar', input.unit)) return { ok: false, reason: 'forbidden' };
	if (!isRequirementArea(input.unit)) return { ok: false, reason: 'not_area' };
	const pairs = parseRequirementPairs(input.on);
	const key = (p: { kind: string; channel: string }) => `${p.kind}:${p.channel}`;
	return db.transaction(async (tx) => {
		const before = (
			await tx
				.select({
					kind: table.notificationRequirements.kind,
					channel: table.notificationRequirements.channel
				})
				.from(table.notificationRequirements)
				.where(eq(table.notificationRequirements.unitId, input.unit.id))
		)
			.map(key)
			.sort();
		const after = pairs.map(key).sort();
		if (before.join() === after.join()) return { ok: true, changed: false };
		await tx
			.delete(table.notificationRequirements)
			.where(eq(table.notificationRequirements.unitId, input.unit.id));
		if (pairs.length) {
			await tx
				.insert(table.notificationRequirements)
				.values(pairs.map((p) => ({ unitId: input.unit.id, kind: p.kind, channel: p.channel })));
		}
		await writeAudit(tx, {
			actorId: input.actor.id,
			action: 'notification.requirements',
			unitId: input.unit.id,
			subject: `unit:${input.unit.code}`,
			before: { required: before },
			after: { required: after }
		});
		return { ok: true, changed: true };
	});
}

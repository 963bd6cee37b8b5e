// Delivers the outbox. A worker claims due rows in one statement (FOR UPDATE SKIP LOCKED, and the
// claim pushes next_attempt_at ahead), so two processes never take the same row; then sends each
// outside any transaction and records the outcome: sent, failed (retried with backoff) or gave up.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import { ADAPTERS, type ChannelAdapter, type Delivery } from './adapters';
import { CHANNELS, deferForQuietHours, EVENT_KINDS, MAX_ATTEMPTS, retryDelayMs, type Channel } from './kinds';

/** A claimed row not settled within this long (the process died mid-send) is tried again. */
const CLAIM_SECONDS = 600;

type Claimed = Delivery & { attempts: number; user_id: string };

const isKind = (v: string): v is Claimed['kind'] => (EVENT_KINDS as readonly string[]).includes(v);
const isChannel = (v: string): v is Claimed['channel'] => (CHANNELS as readonly string[]).includes(v);

/**
 * Claims due rows. A row of a kind or channel this version does not know (renamed since it was queued)
 * is given up with that reason, not left to fail the whole claim every pass.
 */
export async function claimDue(db: Db, limit: number, now: Date): Promise<Claimed[]> {
	const rows = await queryRows(
		db,
		sql`with due as (
		      select id from notifications
		      where status in ('queued', 'failed') and next_attempt_at <= ${now.toISOString()}::timestamptz
		      order by next_attempt_at, id limit ${limit}
		      for update skip locked)
		    update notifications n
		    set attempts = n.attempts + 1,
		        next_attempt_at = ${now.toISOString()}::timestamptz + make_interval(secs => ${CLAIM_SECONDS})
		    from due where n.id = due.id
		    returning n.id, n.kind, n.channel, n.address, n.subject, n.body, n.link, n.params, n.attempts, n.user_id`,
		(r) => ({
			id: col.int(r.id),
			kind: col.text(r.kind),
			channel: col.text(r.channel),
			address: col.textOrNull(r.address),
			subject: col.text(r.subject),
			body: col.text(r.body),
			link: col.textOrNull(r.link),
			params: col.json<Delivery['params']>(r.params),
			attempts: col.int(r.attempts),
			user_id: col.text(r.user_id)
		})
	);
	const claimed: Claimed[] = [];
	for (const row of rows) {
		const { kind, channel } = row;
		if (isKind(kind) && isChannel(channel)) claimed.push({ ...row, kind, channel });
		else
			await settle(db, row.id, { status: 'gave_up', error: `unknown kind or channel: ${kind}/${channel}` });
	}
	return claimed;
}

async function settle(
	db: Db,
	id: number,
	outcome: {
		status: 'sent' | 'failed' | 'gave_up' | 'queued';
		error?: string | null;
		next?: Date;
		undoAttempt?: boolean;
	}
): Promise<void> {
	await db.execute(sql`
		update notifications set status = ${outcome.status},
		  last_error = ${outcome.error ?? null},
		  sent_at = case when ${outcome.status} = 'sent' then now() else sent_at end,
		  next_attempt_at = coalesce(${outcome.next?.toISOString() ?? null}::timestamptz, next_attempt_at),
		  attempts = attempts - ${outcome.undoAttempt ? 1 : 0}
		where id = ${id}`);
}

export type DeliveryCounts = {
	sent: number;
	failed: number;
	gaveUp: number;
	deferred: number;
	logged: number;
};

/** One pass: claims up to `limit` due rows and delivers them. */
export async function deliverDue(
	db: Db,
	options: {
		limit?: number;
		now?: Date;
		adapters?: Record<Channel, ChannelAdapter>;
		log?: (line: string) => void;
	} = {}
): Promise<DeliveryCounts> {
	const now = options.now ?? new Date();
	const adapters = options.adapters ?? ADAPTERS;
	const log = options.log ?? ((line: string) => console.info(line));
	const counts: DeliveryCounts = { sent: 0, failed: 0, gaveUp: 0, deferred: 0, logged: 0 };
	for (const row of await claimDue(db, options.limit ?? 50, now)) {
		const later = deferForQuietHours(row.channel, now);
		if (later > now) {
			await settle(db, row.id, { status: 'queued', next: later, undoAttempt: true });
			counts.deferred++;
			continue;
		}
		const adapter = adapters[row.channel];
		if (!adapter.configured()) {
			log(
				`notification #${row.id} not sent (${row.channel} not configured): to ${row.address ?? row.user_id}: ${row.subject} | ${row.body.replace(/\n/g, ' ')}`
			);
			await settle(db, row.id, {
				status: 'sent',
				error: `${row.channel} not configured: written to the log`
			});
			counts.logged++;
			continue;
		}
		const result = await adapter.send(row);
		if (result.ok) {
			await settle(db, row.id, { status: 'sent' });
			counts.sent++;
		} else if (row.attempts >= MAX_ATTEMPTS) {
			await settle(db, row.id, { status: 'gave_up', error: result.error });
			counts.gaveUp++;
		} else {
			await settle(db, row.id, {
				status: 'failed',
				error: result.error,
				next: new Date(now.getTime() + retryDelayMs(row.attempts))
			});
			counts.failed++;
		}
	}
	return counts;
}

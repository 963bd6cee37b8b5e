// Housekeeping on an interval in every app process; on PostgreSQL only the lease holder runs a round,
// so a cluster runs it once (the holder renews it; when the holder dies another takes over).
// The embedded database is one process: it runs its rounds directly.
import type { DbHandle } from '../db';
import { runHousekeeping } from './jobs';
import { PROCESS_HOLDER, releaseLease, takeLease } from './lease';

export const HOUSEKEEPING_LEASE = 'housekeeping';

export type HousekeepingTimer = { stop(): Promise<void> };

/** One tick: runs a round when this process holds (or takes) the lease. True when it ran. */
export async function tickHousekeeping(
	handle: DbHandle,
	intervalMs: number,
	holder = PROCESS_HOLDER
): Promise<boolean> {
	if (handle.kind === 'postgres') {
		// Held a little past the interval, so the holder's next tick renews it before anyone else may.
		const held = await takeLease(handle.db, HOUSEKEEPING_LEASE, holder, Math.ceil((intervalMs * 1.5) / 1000));
		if (!held) return false;
	}
	await runHousekeeping(handle.db);
	return true;
}

export function startHousekeeping(
	handle: DbHandle,
	intervalMs = 10 * 60_000,
	firstAfterMs = 30_000
): HousekeepingTimer {
	let running: Promise<unknown> = Promise.resolve();
	const tick = () => {
		running = tickHousekeeping(handle, intervalMs).catch((e) => console.error('housekeeping', e));
	};
	const first = setTimeout(tick, firstAfterMs);
	const every = setInterval(tick, intervalMs);
	first.unref();
	every.unref();
	return {
		async stop() {
			clearTimeout(first);
			clearInterval(every);
			await running;
			if (handle.kind === 'postgres') await releaseLease(handle.db, HOUSEKEEPING_LEASE, PROCESS_HOLDER);
		}
	};
}

// The delivery worker on an interval in every app process (SKIP LOCKED keeps them apart), woken
// soon after a message is written so a returned report reaches the school within seconds.
import type { DbHandle } from '../db';
import { setDeliveryWaker } from './enqueue';
import { deliverDue } from './worker';

export type DeliveryTimer = { stop(): Promise<void> };

export function startDelivery(handle: DbHandle, intervalMs = 30_000): DeliveryTimer {
	let running: Promise<unknown> | null = null;
	let again = false;
	let soon: ReturnType<typeof setTimeout> | null = null;
	const run = () => {
		if (running) {
			again = true;
			return;
		}
		running = (async () => {
			do {
				again = false;
				const counts = await deliverDue(handle.db);
				if (counts.sent + counts.failed + counts.gaveUp + counts.logged >= 50) again = true;
			} while (again);
		})()
			.catch((e) => console.error('notifications: delivery failed', e))
			.finally(() => {
				running = null;
			});
	};
	const every = setInterval(run, intervalMs);
	every.unref();
	setDeliveryWaker(() => {
		if (soon) return;
		// After the writing transaction has committed (the caller's await chain ends first).
		soon = setTimeout(() => {
			soon = null;
			run();
		}, 300);
		soon.unref();
	});
	return {
		async stop() {
			clearInterval(every);
			if (soon) clearTimeout(soon);
			setDeliveryWaker(null);
			await running;
		}
	};
}

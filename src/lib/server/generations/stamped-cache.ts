// Results that cost a full evaluation, reused while nothing they read has changed. An entry is stored
// under the stamp read before computing and kept only if the stamp read after computing is the same:
// every statement in between then saw exactly that generation's data (a writer's data and its
// generation commit together), so a hit is as live as a new computation. No time-to-live is needed.
// A result that knows what it read (an evaluation: its periods) is stamped by that once computed, so
// an upload to another period of the year leaves it in place.
import type { Db } from '../db';
import { readGenerations, type Generations } from './read';

type Entry = { value: Promise<unknown>; size: number; stamp: string; result?: { value: unknown } };
type Store = { entries: Map<string, Entry>; used: number; epoch: number; all: number };

export type StampedCache = {
	/**
	 * `stamp` names what the result depends on (null: do not cache): called without a result before
	 * computing, and with the result once there is one, which may narrow it; `sizeOf` weighs a result
	 * for the cache's budget.
	 */
	get<T>(
		db: Db,
		key: string,
		stamp: (g: Generations, result?: T) => string | null,
		compute: () => Promise<T>,
		sizeOf: (value: T) => number
	): Promise<T>;
	/** Entries held for a database (tests). */
	size(db: Db): number;
};

export function createStampedCache(
	budget: number,
	read: (db: Db) => Promise<Generations> = readGenerations
): StampedCache {
	const byDb = new WeakMap<Db, Store>();

	/** Null when `g` is older than what the store holds (a request that read it before a commit). */
	const storeFor = (db: Db, g: Generations): Store | null => {
		const epoch = g.gens.epoch ?? 0;
		const all = g.gens.all ?? 0;
		let store = byDb.get(db);
		if (!store) byDb.set(db, (store = { entries: new Map(), used: 0, epoch, all }));
		if (store.epoch === epoch && all < store.all) return null;
		// The catalogue, units or plans changed (or the database is another): nothing held can be hit again.
		if (store.epoch !== epoch || all > store.all) {
			store.entries.clear();
			store.used = 0;
			store.epoch = epoch;
			store.all = all;
		}
		return store;
	};

	return {
		async get<T>(
			db: Db,
			key: string,
			stamp: (g: Generations, result?: T) => string | null,
			compute: () => Promise<T>,
			sizeOf: (value: T) => number
		): Promise<T> {
			const before = await read(db);
			const s = before.dirty ? null : stamp(before);
			const store = s === null ? null : storeFor(db, before);
			if (s === null || store === null) return compute();
			const held = store.entries.get(key);
			if (held) {
				const now = held.result ? stamp(before, held.result.value as T) : s;
				if (now === held.stamp) {
					store.entries.delete(key);
					store.entries.set(key, held);
					return held.value as Promise<T>;
				}
				store.entries.delete(key);
				store.used -= held.size;
			}
			const value = compute();
			const entry: Entry = { value, size: 0, stamp: s };
			store.entries.set(key, entry);
			const drop = () => {
				if (store.entries.get(key) !== entry) return;
				store.entries.delete(key);
				store.used -= entry.size;
			};
			value
				.then(async (v) => {
					const after = await read(db).catch(() => null);
					const kept = stamp(before, v);
					if (!after || after.dirty || kept === null || stamp(after, v) !== kept) return drop();
					if (store.entries.get(key) !== entry) return;
					entry.stamp = kept;
					entry.result = { value: v };
					entry.size = Math.max(1, sizeOf(v));
					store.used += entry.size;
					for (const [k, e] of store.entries) {
						if (store.used <= budget) break;
						if (e.size === 0) continue;
						store.entries.delete(k);
						store.used -= e.size;
					}
				}, drop)
				// Keeping a result is an optimisation: whatever goes wrong here, the caller has its value.
				.catch(drop);
			return value;
		},
		size(db) {
			return byDb.get(db)?.entries.size ?? 0;
		}
	};
}

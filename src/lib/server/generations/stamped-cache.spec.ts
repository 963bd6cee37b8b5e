import { describe, expect, it } from 'vitest';
import type { Db } from '../db';
import type { Generations } from './read';
import { createStampedCache } from './stamped-cache';

/** A database stand-in whose generations the test moves by hand. */
function fakeDb() {
	const state: Generations = {
		gens: { epoch: 7, all: 1, y1: 1 },
		years: [['2025-2026', 1]],
		dirty: false
	};
	const db = {} as Db;
	return { db, state, read: async () => structuredClone(state) };
}
const stamp = (g: Generations) => `${g.gens.all}.${g.gens.y1}`;
const settle = () => new Promise((r) => setTimeout(r, 0));
/** Before computing only the year is known; a result names the one period it read. */
const narrowed = (g: Generations, result?: { read: string }) =>
	result ? `${g.gens.all}.${g.gens[result.read]}` : stamp(g);

describe('createStampedCache', () => {
	it('computes once while the generations stay, again after a commit changes them', async () => {
		const { db, state, read } = fakeDb();
		const cache = createStampedCache(100, read);
		let calls = 0;
		const compute = async () => ({ n: ++calls });
		const first = await cache.get(db, 'k', stamp, compute, () => 1);
		await settle();
		expect(await cache.get(db, 'k', stamp, compute, () => 1)).toBe(first);
		expect(calls).toBe(1);
		state.gens.y1 = 2;
		expect(await cache.get(db, 'k', stamp, compute, () => 1)).toEqual({ n: 2 });
		expect(await cache.get(db, 'other', stamp, compute, () => 1)).toEqual({ n: 3 });
	});

	it('keeps nothing computed while a commit landed (the result may mix two generations)', async () => {
		const { db, state, read } = fakeDb();
		const cache = createStampedCache(100, read);
		let calls = 0;
		const compute = async () => {
			calls++;
			state.gens.y1 += 1;
			return calls;
		};
		await cache.get(
			db,
			'k',
			() => 'fixed',
			compute,
			() => 1
		);
		await settle();
		expect(cache.size(db)).toBe(1);
		await cache.get(db, 'j', stamp, compute, () => 1);
		await settle();
		expect(cache.size(db)).toBe(1);
		expect(
			await cache.get(
				db,
				'j',
				stamp,
				async () => 'again',
				() => 1
			)
		).toBe('again');
	});

	it('caches nothing for a transaction with uncommitted changes, nor a null stamp, nor a failure', async () => {
		const { db, state, read } = fakeDb();
		const cache = createStampedCache(100, read);
		state.dirty = true;
		await cache.get(
			db,
			'k',
			stamp,
			async () => 1,
			() => 1
		);
		state.dirty = false;
		await cache.get(
			db,
			'n',
			() => null,
			async () => 1,
			() => 1
		);
		await expect(
			cache.get(
				db,
				'f',
				stamp,
				() => Promise.reject(new Error('x')),
				() => 1
			)
		).rejects.toThrow('x');
		await settle();
		expect(cache.size(db)).toBe(0);
		expect(
			await cache.get(
				db,
				'f',
				stamp,
				async () => 'ok',
				() => 1
			)
		).toBe('ok');
	});

	it('forgets the least recently used results beyond its budget', async () => {
		const { db, read } = fakeDb();
		const cache = createStampedCache(10, read);
		const put = async (key: string, size: number) => {
			await cache.get(
				db,
				key,
				stamp,
				async () => key,
				() => size
			);
			await settle();
		};
		await put('a', 4);
		await put('b', 4);
		await cache.get(
			db,
			'a',
			stamp,
			async () => 'recomputed',
			() => 4
		);
		await put('c', 4);
		expect(
			await cache.get(
				db,
				'a',
				stamp,
				async () => 'recomputed',
				() => 4
			)
		).toBe('a');
		expect(
			await cache.get(
				db,
				'b',
				stamp,
				async () => 'recomputed',
				() => 4
			)
		).toBe('recomputed');
	});

	it('drops everything when the catalogue, units or plans change', async () => {
		const { db, state, read } = fakeDb();
		const cache = createStampedCache(100, read);
		const get = (key: string, value: string) =>
			cache.get(
				db,
				key,
				() => 'y',
				async () => value,
				() => 1
			);
		await get('k', 'first');
		await settle();
		expect(await get('k', 'again')).toBe('first');
		state.gens.all = 2;
		expect(await get('j', 'j')).toBe('j');
		await settle();
		expect(cache.size(db)).toBe(1);
		expect(await get('k', 'recomputed')).toBe('recomputed');
	});

	it('keeps one store per database: the same key on another database is computed there', async () => {
		const one = fakeDb();
		const two = fakeDb();
		const cache = createStampedCache(100, (db) => (db === one.db ? one.read() : two.read()));
		const get = (db: Db, value: string) =>
			cache.get(
				db,
				'k',
				stamp,
				async () => value,
				() => 1
			);
		expect(await get(one.db, 'one')).toBe('one');
		await settle();
		expect(await get(two.db, 'two')).toBe('two');
		await settle();
		expect(await get(one.db, 'recomputed')).toBe('one');
		expect(await get(two.db, 'recomputed')).toBe('two');
		expect([cache.size(one.db), cache.size(two.db)]).toEqual([1, 1]);
	});

	it('does not let a request that read older generations clear or fill the store', async () => {
		const { db, state, read } = fakeDb();
		let older = false;
		const cache = createStampedCache(100, async () => {
			const g = await read();
			if (older) g.gens.all -= 1;
			return g;
		});
		state.gens.all = 5;
		await cache.get(
			db,
			'k',
			stamp,
			async () => 'new',
			() => 1
		);
		await settle();
		older = true;
		expect(
			await cache.get(
				db,
				'k',
				stamp,
				async () => 'old',
				() => 1
			)
		).toBe('old');
		older = false;
		expect(
			await cache.get(
				db,
				'k',
				stamp,
				async () => 'again',
				() => 1
			)
		).toBe('new');
	});

	it('once computed, keeps a result until what it says it read changes', async () => {
		const { db, state, read } = fakeDb();
		state.gens.p1 = 1;
		state.gens.p2 = 1;
		const cache = createStampedCache(100, read);
		let calls = 0;
		const compute = async () => {
			calls++;
			return { read: 'p1' };
		};
		const first = await cache.get(db, 'k', narrowed, compute, () => 1);
		await settle();
		// Another period of the same year changes: the year's stamp moves, the result's does not.
		state.gens.p2 += 1;
		state.gens.y1 += 1;
		expect(await cache.get(db, 'k', narrowed, compute, () => 1)).toBe(first);
		expect(calls).toBe(1);
		state.gens.p1 += 1;
		state.gens.y1 += 1;
		expect(await cache.get(db, 'k', narrowed, compute, () => 1)).not.toBe(first);
		expect(calls).toBe(2);
	});

	it('keeps nothing when what the result read changed while it was computed', async () => {
		const { db, state, read } = fakeDb();
		state.gens.p1 = 1;
		const cache = createStampedCache(100, read);
		let calls = 0;
		const compute = async () => {
			calls++;
			if (calls === 1) state.gens.p1 += 1;
			return { read: 'p1' };
		};
		await cache.get(db, 'k', narrowed, compute, () => 1);
		await settle();
		expect(cache.size(db)).toBe(0);
		await cache.get(db, 'k', narrowed, compute, () => 1);
		await settle();
		await cache.get(db, 'k', narrowed, compute, () => 1);
		expect(calls).toBe(2);
	});
});

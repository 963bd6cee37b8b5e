import { describe, expect, it } from 'vitest';
import { planUnitImport, type Stored, type StoredUnit } from './plan';
import type { UnitRecord } from './parse-rows';

const unit = (
	code: string,
	type: StoredUnit['type'],
	parentCode: string | null,
	path: string,
	extra: Partial<StoredUnit> = {}
): StoredUnit => ({
	id: Number(path.split('/').filter(Boolean).pop()),
	code,
	name: code,
	type,
	parentCode,
	path,
	schoolLevel: type === 'school' ? 'TH' : null,
	ownership: type === 'school' ? 'public' : null,
	ministryCode: null,
	address: null,
	contactPhone: null,
	contactName: null,
	...extra
});

function stored(units: StoredUnit[] = []): Stored {
	return {
		units: new Map(units.map((u) => [u.code, u])),
		clusters: new Map(),
		memberships: new Map(),
		otherGroupCodes: new Set(['HP-2025-CUM1'])
	};
}
const HP = unit('HP', 'province', null, '/1/');
const HA = unit('HA', 'district', 'HP', '/1/2/');
const AL = unit('AL', 'district', 'HP', '/1/3/');
const S1 = unit('S1', 'school', 'HA', '/1/2/4/');
const ALL = { all: true, paths: [] };

let row = 1;
const rec = (
	code: string,
	type: UnitRecord['type'],
	parent: string | null,
	more: Partial<UnitRecord> = {}
): UnitRecord => ({
	row: ++row,
	code,
	name: code,
	type,
	parent,
	level: type === 'school' ? 'TH' : null,
	ownership: type === 'school' ? 'public' : null,
	optional: {},
	...more
});

describe('planUnitImport', () => {
	it('accepts a whole province on an empty database, parents after children', () => {
		const plan = planUnitImport(
			[rec('S', 'school', 'D'), rec('D', 'district', 'P'), rec('P', 'province', null)],
			stored(),
			ALL
		);
		expect(plan.problems).toEqual([]);
		expect(plan.counts).toEqual({ new: 3, changed: 0, unchanged: 0 });
		expect(plan.units.map((u) => [u.values.code, u.values.parentCode])).toEqual([
			['S', 'D'],
			['D', 'P'],
			['P', null]
		]);
	});

	it('counts unchanged and changed rows; a column left out keeps what is stored', () => {
		const withHead = unit('S1', 'school', 'HA', '/1/2/4/', { contactName: 'Cô Lan' });
		const plan = planUnitImport(
			[rec('HA', 'district', 'HP'), rec('S1', 'school', 'HA', { name: 'Trường mới' })],
			stored([HP, HA, withHead]),
			ALL
		);
		expect(plan.counts).toEqual({ new: 0, changed: 1, unchanged: 1 });
		expect(
			planUnitImport(
				[rec('S1', 'school', 'HA', { optional: { head: 'Cô Lan' } })],
				stored([HP, HA, withHead]),
				ALL
			).counts
		).toEqual({ new: 0, changed: 0, unchanged: 1 });
		expect(
			planUnitImport([rec('S1', 'school', 'AL')], stored([HP, HA, AL, withHead]), ALL).units[0].values
				.parentCode
		).toBe('AL');
	});

	it('refuses unknown parents, schools as parents, loops and type changes', () => {
		const plan = planUnitImport(
			[
				rec('X', 'school', 'NOWHERE'),
				rec('Y', 'school', 'S1'),
				rec('A', 'district', 'B'),
				rec('B', 'district', 'A'),
				rec('HA', 'commune', 'HP'),
				rec('Z', 'district', null),
				rec('P2', 'province', 'HP'),
				rec('HP-2025-CUM1', 'cluster', 'HP')
			],
			stored([HP, HA, S1]),
			ALL
		);
		expect(plan.problems.map((p) => p.code)).toEqual([
			'unknown_parent',
			'parent_is_school',
			'type_changed',
			'parent_required',
			'parent_not_allowed',
			'type_changed',
			'cycle',
			'cycle'
		]);
		expect(plan.units).toEqual([]);
	});

	it('refuses a unit moved under itself through the database', () => {
		const plan = planUnitImport(
			[rec('HA', 'district', 'S9'), rec('S9', 'commune', 'HA')],
			stored([HP, HA]),
			ALL
		);
		expect(plan.problems.map((p) => p.code)).toEqual(['cycle', 'cycle']);
	});

	it('puts a cluster beside the tree: its schools sit under its owner', () => {
		const plan = planUnitImport(
			[rec('C1', 'cluster', 'HA'), rec('S2', 'school', 'C1'), rec('D2', 'district', 'C1')],
			stored([HP, HA]),
			ALL
		);
		expect(plan.problems.map((p) => p.code)).toEqual(['cluster_parent']);
		const ok = planUnitImport([rec('C1', 'cluster', 'HA'), rec('S2', 'school', 'C1')], stored([HP, HA]), ALL);
		expect(ok.clusters).toEqual([expect.objectContaining({ code: 'C1', ownerCode: 'HA', before: null })]);
		expect(ok.units[0]).toMatchObject({ values: { code: 'S2', parentCode: 'HA' }, cluster: 'C1' });
		expect(ok.counts.new).toBe(2);
	});

	it('lets a district leader change only what lies under its own unit', () => {
		const haian = { all: false, paths: ['/1/2/'] };
		const mine = planUnitImport(
			[rec('S1', 'school', 'HA', { name: 'x' }), rec('N', 'school', 'HA')],
			stored([HP, HA, AL, S1]),
			haian
		);
		expect(mine.forbidden).toBe(false);
		expect(mine.counts).toEqual({ new: 1, changed: 1, unchanged: 0 });
		for (const records of [
			[rec('HA', 'district', 'HP', { name: 'renamed' })],
			[rec('N', 'school', 'AL')],
			[rec('S1', 'school', 'AL')],
			[rec('P', 'province', null)]
		]) {
			const plan = planUnitImport(records, stored([HP, HA, AL, S1]), haian);
			expect(plan.forbidden).toBe(true);
			expect(plan.problems[0].code).toBe('forbidden');
		}
	});
});

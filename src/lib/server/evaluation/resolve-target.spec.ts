import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	indexTargets,
	passesDown,
	resolveForArea,
	resolveForSchool,
	type PlanTargetRow
} from './resolve-target';

// Province 1 → district 7 (plan) → schools 100.., district 8 (no plan) → schools 200..
const PROVINCE = { id: 1, path: '/1/' };
const HAIAN = { id: 7, path: '/1/7/' };
const ANLAO = { id: 8, path: '/1/8/' };
const schoolIn = (district: { path: string }, id: number, groups: number[] = []) => ({
	id,
	path: `${district.path}${id}/`,
	groups: new Set(groups)
});

let next = 1;
function target(plan: { id: number; path: string }, partial: Partial<PlanTargetRow>): PlanTargetRow {
	return {
		targetId: next++,
		planUnitId: plan.id,
		planUnitCode: `U${plan.id}`,
		planUnitPath: plan.path,
		indicatorCode: 'RATE',
		comparator: 'gte',
		value: 90,
		min: null,
		max: null,
		scopeKind: 'area',
		scopeUnitId: null,
		scopeGroupId: null,
		scopeGroupCode: null,
		judgedAt: 'CUOI_NAM',
		baseline: null,
		sortOrder: 0,
		...partial
	};
}
const rate = { code: 'RATE', kind: 'rate' as const };
const noGroups = { groupFilter: null, partial: false, hasMembersUnder: () => false };

describe('resolveForSchool', () => {
	it("a school's own target beats its group's, which beats the area's, within the nearest plan", () => {
		const index = indexTargets([
			target(HAIAN, { value: 85 }),
			target(HAIAN, { value: 71, scopeKind: 'group', scopeGroupId: 5 }),
			target(HAIAN, { value: 99, scopeKind: 'school', scopeUnitId: 101 }),
			target(PROVINCE, { value: 80 })
		]);
		expect(resolveForSchool(index, rate, schoolIn(HAIAN, 101, [5]))?.target).toMatchObject({
			value: 99,
			scope: 'school'
		});
		expect(resolveForSchool(index, rate, schoolIn(HAIAN, 102, [5]))?.target).toMatchObject({
			value: 71,
			scope: 'group'
		});
		expect(resolveForSchool(index, rate, schoolIn(HAIAN, 103))?.target).toMatchObject({
			value: 85,
			scope: 'area',
			planUnit: 'U7'
		});
		// a district without a plan: the province's plan applies
		expect(resolveForSchool(index, rate, schoolIn(ANLAO, 201))?.target).toMatchObject({
			value: 80,
			planUnit: 'U1'
		});
	});

	it('whole-area counts and shares do not pass down to one school; upper bounds and "every school" do', () => {
		const index = indexTargets([
			target(HAIAN, { indicatorCode: 'PUPILS', value: 12246 }),
			target(HAIAN, { indicatorCode: 'DROPOUTS', comparator: 'lte', value: 0 }),
			target(HAIAN, { indicatorCode: 'CAMERAS', value: 80 }),
			target(HAIAN, { indicatorCode: 'SELF_ASSESSED', value: 100 })
		]);
		const s = schoolIn(HAIAN, 101);
		expect(resolveForSchool(index, { code: 'PUPILS', kind: 'sum' }, s)).toBeNull();
		expect(resolveForSchool(index, { code: 'DROPOUTS', kind: 'sum' }, s)?.target.value).toBe(0);
		expect(resolveForSchool(index, { code: 'CAMERAS', kind: 'share_of_schools' }, s)).toBeNull();
		expect(
			resolveForSchool(index, { code: 'SELF_ASSESSED', kind: 'share_of_schools' }, s)?.target.value
		).toBe(100);
		expect(passesDown('share_of_schools', 'gte', 80, false)).toBe(true);
		expect(passesDown('sum', 'gte', 10, false)).toBe(false);
		expect(passesDown('level', 'level_gte', 3, true)).toBe(true);
	});
});

describe('resolveForArea', () => {
	it("an area uses its own plan's area target, else the nearest ancestor's", () => {
		const index = indexTargets([target(HAIAN, { value: 85 }), target(PROVINCE, { value: 80 })]);
		expect(resolveForArea(index, rate, HAIAN, noGroups)?.target.value).toBe(85);
		expect(resolveForArea(index, rate, ANLAO, noGroups)?.target.value).toBe(80);
		expect(resolveForArea(index, rate, PROVINCE, noGroups)?.target.value).toBe(80);
		const counts = indexTargets([target(PROVINCE, { indicatorCode: 'PUPILS', value: 50000 })]);
		expect(resolveForArea(counts, { code: 'PUPILS', kind: 'sum' }, PROVINCE, noGroups)?.target.value).toBe(
			50000
		);
		expect(resolveForArea(counts, { code: 'PUPILS', kind: 'sum' }, HAIAN, noGroups)).toBeNull();
		expect(
			resolveForArea(counts, { code: 'PUPILS', kind: 'sum' }, PROVINCE, { ...noGroups, partial: true })
		).toBeNull();
	});

	it("school targets never become the area's; one group target judges the area on that group", () => {
		const index = indexTargets([
			target(ANLAO, { value: 100, scopeKind: 'school', scopeUnitId: 201 }),
			target(ANLAO, { value: 80, scopeKind: 'group', scopeGroupId: 9, indicatorCode: 'CAMERAS' })
		]);
		expect(resolveForArea(index, rate, ANLAO, noGroups)).toBeNull();
		const cameras = { code: 'CAMERAS', kind: 'share_of_schools' as const };
		const onGroup = resolveForArea(index, cameras, ANLAO, { ...noGroups, hasMembersUnder: (g) => g === 9 });
		expect(onGroup?.populationGroup).toBe(9);
		expect(onGroup?.target.scope).toBe('group');
		expect(resolveForArea(index, cameras, ANLAO, noGroups)).toBeNull();
	});

	it('with a group filter, that group’s target comes first; two groups without a filter: none', () => {
		const index = indexTargets([
			target(HAIAN, { value: 99, scopeKind: 'group', scopeGroupId: 4 }),
			target(HAIAN, { value: 71, scopeKind: 'group', scopeGroupId: 5 })
		]);
		const filtered = (g: number) => ({ groupFilter: g, partial: true, hasMembersUnder: () => true });
		expect(resolveForArea(index, rate, HAIAN, filtered(5))?.target.value).toBe(71);
		expect(resolveForArea(index, rate, HAIAN, filtered(4))?.target.value).toBe(99);
		expect(resolveForArea(index, rate, HAIAN, { ...noGroups, hasMembersUnder: () => true })).toBeNull();
	});
});

describe('property', () => {
	it("a school-level target overrides the area's only for that school", () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.integer({ min: 100, max: 999 }), { minLength: 1, maxLength: 30 }),
				fc.nat(),
				fc.double({ min: 0, max: 100, noNaN: true }),
				fc.double({ min: 0, max: 100, noNaN: true }),
				(ids, pick, areaValue, ownValue) => {
					const chosen = ids[pick % ids.length];
					const index = indexTargets([
						target(HAIAN, { value: areaValue }),
						target(HAIAN, { value: ownValue, scopeKind: 'school', scopeUnitId: chosen })
					]);
					for (const id of ids) {
						const got = resolveForSchool(index, rate, schoolIn(HAIAN, id))!.target;
						expect(got.value).toBe(id === chosen ? ownValue : areaValue);
						expect(got.scope).toBe(id === chosen ? 'school' : 'area');
					}
					expect(resolveForArea(index, rate, HAIAN, noGroups)?.target.value).toBe(areaValue);
				}
			)
		);
	});
});

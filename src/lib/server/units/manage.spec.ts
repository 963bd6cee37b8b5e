import { describe, expect, it } from 'vitest';
import type { AuthUser, Role } from '../auth/user';
import { dayAfter, dayBefore, isOpenOn, mayManageUnit } from './manage';

const user = (role: Role, unitPath: string | null): AuthUser => ({
	id: 'u',
	username: 'u',
	displayName: 'u',
	mustChangePassword: false,
	disabled: false,
	assignments: [{ role, unitId: null, unitCode: null, unitName: null, unitPath, unitType: null }]
});

describe('closing dates', () => {
	it('closing from a day stores the day before, across months and leap days', () => {
		expect(dayBefore('2025-07-01')).toBe('2025-06-30');
		expect(dayBefore('2024-03-01')).toBe('2024-02-29');
		expect(dayAfter('2025-12-31')).toBe('2026-01-01');
	});

	it('a unit is open from its first day through its last', () => {
		const u = { activeFrom: '2025-07-01', activeTo: '2026-06-30' };
		expect(isOpenOn(u, '2025-06-30')).toBe(false);
		expect(isOpenOn(u, '2025-07-01')).toBe(true);
		expect(isOpenOn(u, '2026-06-30')).toBe(true);
		expect(isOpenOn(u, '2026-07-01')).toBe(false);
		expect(isOpenOn({ activeFrom: null, activeTo: null }, '1990-01-01')).toBe(true);
	});
});

describe('who may change a unit', () => {
	it('an administrator anywhere; a district leader strictly under its own unit; never an inspector', () => {
		expect(mayManageUnit(user('admin', null), { path: '/1/' })).toBe(true);
		expect(mayManageUnit(user('district', '/1/2/'), { path: '/1/2/5/' })).toBe(true);
		expect(mayManageUnit(user('district', '/1/2/'), { path: '/1/2/' })).toBe(false);
		expect(mayManageUnit(user('district', '/1/2/'), { path: '/1/3/5/' })).toBe(false);
		expect(mayManageUnit(user('inspector', '/1/2/'), { path: '/1/2/5/' })).toBe(false);
		expect(mayManageUnit({ ...user('admin', null), disabled: true }, { path: '/1/' })).toBe(false);
	});
});

import { describe, expect, it } from 'vitest';
import type { AuthUser, Role } from '../auth/user';
import { assignableRoles, canManageAccount, checkAssignment } from './policy';

function user(id: string, assignments: [Role, string | null, string | null][]): AuthUser {
	return {
		id,
		username: id,
		displayName: id,
		mustChangePassword: false,
		disabled: false,
		assignments: assignments.map(([role, unitPath, unitType]) => ({
			role,
			unitId: unitPath ? 1 : null,
			unitCode: null,
			unitName: null,
			unitPath,
			unitType
		}))
	};
}

const admin = user('admin', [['admin', null, null]]);
const haian = user('haian', [['district', '/1/2/', 'district']]);
const inspector = user('insp', [['inspector', '/1/2/', 'district']]);
const school = (path: string) => ({ path, type: 'school' });

describe('who may assign which role where', () => {
	it('administrators any role; district leaders school roles; others none', () => {
		expect(assignableRoles(admin)).toEqual(['admin', 'province', 'district', 'inspector', 'school']);
		expect(assignableRoles(haian)).toEqual(['school']);
		expect(assignableRoles(inspector)).toEqual([]);
		expect(assignableRoles({ ...admin, disabled: true })).toEqual([]);
	});

	it('a district leader gives school roles only at schools under it', () => {
		expect(checkAssignment(haian, 'school', school('/1/2/3/'))).toBe('ok');
		expect(checkAssignment(haian, 'school', school('/1/5/6/'))).toBe('forbidden');
		expect(checkAssignment(haian, 'school', { path: '/1/2/', type: 'district' })).toBe('wrong_unit_type');
		expect(checkAssignment(haian, 'district', { path: '/1/2/', type: 'district' })).toBe('forbidden');
		expect(checkAssignment(haian, 'inspector', { path: '/1/2/', type: 'district' })).toBe('forbidden');
		expect(checkAssignment(inspector, 'school', school('/1/2/3/'))).toBe('forbidden');
	});

	it('an administrator: admin without a unit, other roles at a fitting unit', () => {
		expect(checkAssignment(admin, 'admin', null)).toBe('ok');
		expect(checkAssignment(admin, 'admin', school('/1/2/3/'))).toBe('unit_not_allowed');
		expect(checkAssignment(admin, 'district', null)).toBe('unit_required');
		expect(checkAssignment(admin, 'district', school('/1/2/3/'))).toBe('wrong_unit_type');
		expect(checkAssignment(admin, 'inspector', { path: '/1/', type: 'province' })).toBe('ok');
	});
});

describe('whose account may be changed', () => {
	const schoolAccount = {
		id: 's',
		assignments: [{ role: 'school' as const, unitPath: '/1/2/3/', unitType: 'school' }]
	};
	it('a district leader: accounts whose every role is a school of its area', () => {
		expect(canManageAccount(haian, schoolAccount)).toBe(true);
		const alsoAnLao = {
			id: 's2',
			assignments: [
				...schoolAccount.assignments,
				{ role: 'school' as const, unitPath: '/1/5/6/', unitType: 'school' }
			]
		};
		expect(canManageAccount(haian, alsoAnLao)).toBe(false);
		const alsoInspector = {
			id: 's3',
			assignments: [
				...schoolAccount.assignments,
				{ role: 'inspector' as const, unitPath: '/1/2/', unitType: 'district' }
			]
		};
		expect(canManageAccount(haian, alsoInspector)).toBe(false);
		expect(canManageAccount(haian, { id: 'x', assignments: [] })).toBe(false);
		expect(canManageAccount(haian, { id: 'haian', assignments: schoolAccount.assignments })).toBe(false);
		expect(canManageAccount(inspector, schoolAccount)).toBe(false);
	});

	it('an administrator: every account', () => {
		expect(
			canManageAccount(admin, {
				id: 'other-admin',
				assignments: [{ role: 'admin', unitPath: null, unitType: null }]
			})
		).toBe(true);
		expect(canManageAccount(admin, { id: 'x', assignments: [] })).toBe(true);
	});
});

import { describe, expect, it } from 'vitest';
import { accessStatus, can, canSomewhere, rootsFor, scopeRoots, type Action, type UnitRef } from './access';
import type { AuthUser, Role } from './user';

const ACTIONS: Action[] = [
	'read',
	'submit_figures',
	'edit_targets',
	'review_submission',
	'approve_rollup',
	'manage_calendar',
	'record_finding',
	'respond_finding',
	'manage_users',
	'manage_units',
	'administer'
];

// The table, written out again on purpose (not derived from access.ts).
const MAY: Record<Role, Action[]> = {
	admin: ACTIONS,
	province: [
		'read',
		'edit_targets',
		'review_submission',
		'approve_rollup',
		'manage_calendar',
		'manage_units'
	],
	district: [
		'read',
		'submit_figures',
		'edit_targets',
		'review_submission',
		'manage_calendar',
		'manage_users',
		'manage_units'
	],
	inspector: ['read', 'record_finding'],
	school: ['read', 'submit_figures', 'respond_finding']
};

const unit = (path: string, type: string): UnitRef => ({ path, type });
// HP /1/ → HAIAN /1/2/ (schools /1/2/3/, /1/2/4/) and ANLAO /1/5/ (school /1/5/6/); /1/20/ shares a prefix.
const HP = unit('/1/', 'province');
const OTHER_PROVINCE = unit('/9/', 'province');
const HAIAN = unit('/1/2/', 'district');
const SCHOOL = unit('/1/2/3/', 'school');
const SIBLING_SCHOOL = unit('/1/2/4/', 'school');
const ANLAO = unit('/1/5/', 'district');
const ANLAO_SCHOOL = unit('/1/5/6/', 'school');
const LOOKALIKE = unit('/1/20/', 'district');

function user(role: Role, at: UnitRef | null, extra: Partial<AuthUser> = {}): AuthUser {
	return {
		id: `u-${role}`,
		username: role,
		displayName: role,
		mustChangePassword: false,
		disabled: false,
		assignments: [
			{
				role,
				unitId: at ? 1 : null,
				unitCode: null,
				unitName: null,
				unitPath: at?.path ?? null,
				unitType: at?.type ?? null
			}
		],
		...extra
	};
}

type Position = 'own' | 'child' | 'sibling' | 'parent' | 'other district';
const CASES: { role: Role; at: UnitRef | null; positions: Record<Position, UnitRef>; inside: Position[] }[] =
	[
		{
			role: 'admin',
			at: null,
			positions: { own: HP, child: HAIAN, sibling: OTHER_PROVINCE, parent: HP, 'other district': ANLAO },
			inside: ['own', 'child', 'sibling', 'parent', 'other district']
		},
		{
			role: 'province',
			at: HP,
			positions: {
				own: HP,
				child: HAIAN,
				sibling: OTHER_PROVINCE,
				parent: OTHER_PROVINCE,
				'other district': ANLAO_SCHOOL
			},
			inside: ['own', 'child', 'other district']
		},
		{
			role: 'district',
			at: HAIAN,
			positions: {
				own: HAIAN,
				child: SCHOOL,
				sibling: LOOKALIKE,
				parent: HP,
				'other district': ANLAO_SCHOOL
			},
			inside: ['own', 'child']
		},
		{
			role: 'inspector',
			at: HAIAN,
			positions: { own: HAIAN, child: SCHOOL, sibling: ANLAO, parent: HP, 'other district': ANLAO_SCHOOL },
			inside: ['own', 'child']
		},
		{
			role: 'school',
			at: SCHOOL,
			positions: {
				own: SCHOOL,
				child: SCHOOL,
				sibling: SIBLING_SCHOOL,
				parent: HAIAN,
				'other district': ANLAO_SCHOOL
			},
			inside: ['own', 'child']
		}
	];

describe('can(): every role × action × position of the unit', () => {
	for (const c of CASES) {
		for (const action of ACTIONS) {
			for (const position of Object.keys(c.positions) as Position[]) {
				const expected = MAY[c.role].includes(action) && c.inside.includes(position);
				it(`${c.role} ${expected ? 'may' : 'may not'} ${action} on ${position} unit`, () => {
					expect(can(user(c.role, c.at), action, c.positions[position])).toBe(expected);
				});
			}
		}
	}
});

describe('can(): the edges', () => {
	it('refuses nobody, disabled accounts and a missing unit (except to an administrator)', () => {
		expect(can(null, 'read', HP)).toBe(false);
		expect(can(user('admin', null, { disabled: true }), 'read', HP)).toBe(false);
		expect(can(user('district', HAIAN, { disabled: true }), 'read', SCHOOL)).toBe(false);
		expect(can(user('district', HAIAN), 'read', null)).toBe(false);
		expect(can(user('admin', null), 'administer', null)).toBe(true);
	});

	it('never lets a school submit figures for a unit above schools', () => {
		const odd = user('school', HAIAN); // a school role wrongly placed on a district
		expect(can(odd, 'submit_figures', HAIAN)).toBe(false);
		expect(can(odd, 'submit_figures', SCHOOL)).toBe(true);
	});

	it('combines several assignments, each with its own role', () => {
		const both = user('district', HAIAN);
		both.assignments.push({ ...both.assignments[0], role: 'inspector', unitPath: ANLAO.path });
		expect(can(both, 'edit_targets', SCHOOL)).toBe(true);
		expect(can(both, 'record_finding', ANLAO_SCHOOL)).toBe(true);
		expect(can(both, 'edit_targets', ANLAO_SCHOOL)).toBe(false);
		expect(can(both, 'record_finding', SCHOOL)).toBe(false);
	});

	it('tells where a user may act at all', () => {
		expect(canSomewhere(user('district', HAIAN), 'manage_users')).toBe(true);
		expect(canSomewhere(user('inspector', HAIAN), 'manage_users')).toBe(false);
		expect(scopeRoots(user('admin', null))).toEqual({ all: true, paths: [] });
		expect(scopeRoots(user('school', SCHOOL))).toEqual({ all: false, paths: ['/1/2/3/'] });
		const both = user('district', HAIAN);
		both.assignments.push({ ...both.assignments[0], role: 'inspector', unitPath: ANLAO.path });
		expect(rootsFor(both, 'manage_users')).toEqual({ all: false, paths: ['/1/2/'] });
		expect(rootsFor(both, 'read')).toEqual({ all: false, paths: ['/1/2/', '/1/5/'] });
	});
});

describe('accessStatus(): 404 for what the user may not even read', () => {
	it('out of scope or missing: 404; readable but not allowed: 403; allowed: 200', () => {
		const district = user('district', HAIAN);
		const inspector = user('inspector', HAIAN);
		expect(accessStatus(district, 'review_submission', ANLAO_SCHOOL)).toBe(404);
		expect(accessStatus(district, 'review_submission', null)).toBe(404);
		expect(accessStatus(district, 'review_submission', SCHOOL)).toBe(200);
		expect(accessStatus(inspector, 'review_submission', SCHOOL)).toBe(403);
		expect(accessStatus(inspector, 'record_finding', SIBLING_SCHOOL)).toBe(200);
		expect(accessStatus(user('school', SCHOOL), 'read', SIBLING_SCHOOL)).toBe(404);
		expect(accessStatus(null, 'read', SCHOOL)).toBe(404);
	});
});

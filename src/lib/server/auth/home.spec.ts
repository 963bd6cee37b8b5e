import { describe, expect, it } from 'vitest';
import { homeFor, landingFor } from './home';
import type { Assignment, AuthUser, Role } from './user';

const user = (...roles: [Role, string | null, string | null][]): AuthUser => ({
	id: 'u',
	username: 'u',
	displayName: 'U',
	mustChangePassword: false,
	disabled: false,
	assignments: roles.map(([role, unitCode, unitType]): Assignment => ({
		role,
		unitCode,
		unitType,
		unitId: unitCode ? 1 : null,
		unitName: unitCode,
		unitPath: unitCode ? '/1/' : null
	}))
});

describe('homeFor', () => {
	it('sends each role to its own dashboard', () => {
		expect(homeFor(user(['school', 'HA-TH-THANHTO', 'school']))).toBe('/schools/HA-TH-THANHTO');
		expect(homeFor(user(['district', 'HAIAN', 'district']))).toBe('/units/HAIAN');
		expect(homeFor(user(['inspector', 'HAIAN', 'district']))).toBe('/units/HAIAN');
		expect(homeFor(user(['province', 'HP', 'province']))).toBe('/units/HP');
		expect(homeFor(user(['admin', null, null]))).toBe('/units');
	});

	it('prefers the broadest unit of a user with several roles', () => {
		expect(homeFor(user(['school', 'HA-TH-CATBI', 'school'], ['district', 'HAIAN', 'district']))).toBe(
			'/units/HAIAN'
		);
	});

	it('sends an administrator through / (the setup checklist while setting up), others home', () => {
		expect(landingFor(user(['admin', null, null]))).toBe('/');
		expect(landingFor(user(['district', 'HAIAN', 'district']))).toBe('/units/HAIAN');
	});
});

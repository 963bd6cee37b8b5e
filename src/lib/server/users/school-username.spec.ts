import { describe, expect, it } from 'vitest';
import { isValidUsername, pickFreeUsername, usernameForSchoolCode } from './school-username';

describe('the username a school code gives', () => {
	it('is the code in lower case, kept as it is when already plain', () => {
		expect(usernameForSchoolCode('HA-TH-THANHTO')).toBe('ha-th-thanhto');
		expect(usernameForSchoolCode('31000101')).toBe('31000101');
		expect(usernameForSchoolCode('31.000.101')).toBe('31.000.101');
		expect(usernameForSchoolCode('al_mn_antien')).toBe('al_mn_antien');
	});

	it('drops Vietnamese marks and turns other characters into single dashes', () => {
		expect(usernameForSchoolCode('MN Đằng Lâm')).toBe('mn-dang-lam');
		expect(usernameForSchoolCode('TH/THCS  Tràng Cát')).toBe('th-thcs-trang-cat');
		expect(usernameForSchoolCode('  -HA--TH--CATBI- ')).toBe('ha-th-catbi');
		// Decomposed input (Windows-1258 files) gives the same name as composed input.
		expect(usernameForSchoolCode('Đông Hải'.normalize('NFD'))).toBe(usernameForSchoolCode('Đông Hải'));
	});

	it('is always a valid username, even for short or odd codes', () => {
		expect(usernameForSchoolCode('A1')).toBe('truong-a1');
		expect(usernameForSchoolCode('***')).toBe('truong-x');
		const long = usernameForSchoolCode('X'.repeat(39) + '-Y');
		expect(long).toBe('x'.repeat(39));
		for (const code of ['A1', '***', 'Đ', '-_-', 'HA-TH-THANHTO', '9'.repeat(60), 'a.'.repeat(30)]) {
			expect(isValidUsername(usernameForSchoolCode(code)), code).toBe(true);
		}
	});

	it('is stable: the same code always gives the same name', () => {
		expect(usernameForSchoolCode('HA-MN-CATBI')).toBe(usernameForSchoolCode('ha-mn-catbi'));
	});
});

describe('a free username when the derived one is taken', () => {
	it('keeps the base when it is free, else the first free -2, -3 …', () => {
		const taken = new Set(['ha-th-catbi', 'ha-th-catbi-2']);
		expect(pickFreeUsername('ha-th-namhai', (u) => taken.has(u))).toBe('ha-th-namhai');
		expect(pickFreeUsername('ha-th-catbi', (u) => taken.has(u))).toBe('ha-th-catbi-3');
	});

	it('stays within 40 characters', () => {
		const base = 'a'.repeat(40);
		const name = pickFreeUsername(base, (u) => u === base);
		expect(name).toBe(`${'a'.repeat(38)}-2`);
		expect(isValidUsername(name)).toBe(true);
	});
});

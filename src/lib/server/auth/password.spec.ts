import { describe, expect, it } from 'vitest';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password';
import { changePasswordSchema } from '$lib/schemas/password';
import { generateSecret, hashSecret, secretMatches, splitToken } from './tokens';
import { generateTemporaryPassword } from '../users/temporary-password';

describe('password hashing', () => {
	it('uses argon2id with a salt, and verifies only the right password', async () => {
		const a = await hashPassword('correct horse battery');
		const b = await hashPassword('correct horse battery');
		expect(a.startsWith('$argon2id$')).toBe(true);
		expect(a).toMatch(/m=19456,t=2,p=1/);
		expect(a).not.toBe(b);
		expect(await verifyPassword(a, 'correct horse battery')).toBe(true);
		expect(await verifyPassword(a, 'correct horse batterY')).toBe(false);
		expect(await verifyPassword('not a hash', 'x')).toBe(false);
	});

	it('requires at least 10 characters for a new password', () => {
		expect(MIN_PASSWORD_LENGTH).toBe(10);
		const form = (next: string) => ({ current: 'old-password', next, confirm: next });
		expect(changePasswordSchema.safeParse(form('123456789')).success).toBe(false);
		expect(changePasswordSchema.safeParse(form('1234567890')).success).toBe(true);
		expect(changePasswordSchema.safeParse({ ...form('1234567890'), confirm: '1234567899' }).success).toBe(
			false
		);
	});

	it('makes temporary passwords that pass the policy and differ each time', () => {
		const seen = new Set(Array.from({ length: 50 }, generateTemporaryPassword));
		expect(seen.size).toBe(50);
		for (const p of seen) expect(p).toMatch(/^[a-km-np-z2-9]{4}-[a-km-np-z2-9]{4}-[a-km-np-z2-9]{4}$/);
		expect([...seen][0].length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH);
	});
});

describe('token secrets', () => {
	it('are random, stored as SHA-256, and compared exactly', () => {
		const s = generateSecret();
		expect(s).toMatch(/^[a-z2-7]{24}$/);
		expect(generateSecret()).not.toBe(s);
		expect(hashSecret(s)).toMatch(/^[0-9a-f]{64}$/);
		expect(secretMatches(s, hashSecret(s))).toBe(true);
		expect(secretMatches(s + 'x', hashSecret(s))).toBe(false);
		expect(secretMatches(s, 'short')).toBe(false);
	});

	it('split into id and secret at the first dot', () => {
		expect(splitToken('abc.def')).toEqual({ id: 'abc', secret: 'def' });
		expect(splitToken('ct_x.y.z')).toEqual({ id: 'ct_x', secret: 'y.z' });
		expect(splitToken('nodot')).toBeNull();
		expect(splitToken('.x')).toBeNull();
		expect(splitToken('x.')).toBeNull();
	});
});

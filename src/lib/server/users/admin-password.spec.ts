import { describe, expect, it } from 'vitest';
import { findPasswordWeakness, generateAdminPassword } from './admin-password';

describe('findPasswordWeakness', () => {
	it('refuses short, username-bearing, repetitive and common passwords', () => {
		expect(findPasswordWeakness('short-pw', 'root')).toBe('too_short');
		expect(findPasswordWeakness('my-root-password', 'root')).toBe('contains_username');
		expect(findPasswordWeakness('aaaabbbbaaaa', 'x')).toBe('too_few_characters');
		expect(findPasswordWeakness('1234567890', 'x')).toBe('common');
		expect(findPasswordWeakness('Password123', 'x')).toBe('common');
	});
	it('accepts a long varied password', () => {
		expect(findPasswordWeakness('song-hong-2026-chieu', 'quantri')).toBeNull();
	});
});

describe('generateAdminPassword', () => {
	it('makes different strong passwords', () => {
		const a = generateAdminPassword();
		const b = generateAdminPassword();
		expect(a).toHaveLength(20);
		expect(a).not.toBe(b);
		expect(findPasswordWeakness(a, 'admin')).toBeNull();
		expect(a).toMatch(/^[a-zA-Z2-9]+$/);
	});
});

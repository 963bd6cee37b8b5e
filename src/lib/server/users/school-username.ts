// The username of a school's account, derived from its official code (mã trường) so that a district
// can tell schools "your username is your school code in lower case" without a lookup table.
import { USERNAME_PATTERN } from '$lib/schemas/users';

export const USERNAME_MAX = 40;
/** Codes shorter than a username may be (3 characters) get this in front. */
export const SHORT_CODE_PREFIX = 'truong-';

function trimSeparators(text: string): string {
	return text.replace(/^[._-]+/, '').replace(/[._-]+$/, '');
}

/**
 * The username a school's code gives: lower case, Vietnamese letters without their marks (đ → d),
 * every run of other characters as one '-', at most 40 characters. Always the same for a code.
 * 'HA-TH-THANHTO' → 'ha-th-thanhto'; '31.000.101' → '31.000.101'; 'Mầm non 5' → 'mam-non-5'.
 */
export function usernameForSchoolCode(code: string): string {
	const plain = code
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9._-]+/g, '-')
		.replace(/-{2,}/g, '-');
	let name = trimSeparators(plain);
	if (name.length < 3) name = `${SHORT_CODE_PREFIX}${name || 'x'}`;
	return trimSeparators(name.slice(0, USERNAME_MAX));
}

/**
 * `base`, or when it is taken `base-2`, `base-3` … (cut so the whole stays within 40 characters):
 * an existing account is never reused, and two codes that clash get distinct, predictable names.
 */
export function pickFreeUsername(base: string, isTaken: (username: string) => boolean): string {
	if (!isTaken(base)) return base;
	for (let n = 2; ; n++) {
		const suffix = `-${n}`;
		const candidate = `${trimSeparators(base.slice(0, USERNAME_MAX - suffix.length))}${suffix}`;
		if (!isTaken(candidate)) return candidate;
	}
}

export function isValidUsername(username: string): boolean {
	return USERNAME_PATTERN.test(username);
}

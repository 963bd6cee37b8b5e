import { MIN_PASSWORD_LENGTH } from '../../password-policy';

export type PasswordWeakness = 'too_short' | 'contains_username' | 'too_few_characters' | 'common';

// A few passwords people type for a first administrator; longer ones than the minimum included.
const COMMON = new Set([
	'1234567890',
	'12345678910',
	'0123456789',
	'qwertyuiop',
	'password123',
	'matkhau123',
	'administrator',
	'admin123456',
	'chitieu-demo',
	'abcdefghij'
]);

/** Why a password chosen for an administrator is too weak, or null when it will do. */
export function findPasswordWeakness(password: string, username: string): PasswordWeakness | null {
	if (password.length < MIN_PASSWORD_LENGTH) return 'too_short';
	const lower = password.toLowerCase();
	if (username.length >= 3 && lower.includes(username.toLowerCase())) return 'contains_username';
	if (new Set(lower).size < 5) return 'too_few_characters';
	if (COMMON.has(lower)) return 'common';
	return null;
}

// No 0/o, 1/l/i: the password may be read off a terminal and typed.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 20 characters of a 55-letter alphabet: about 115 bits. */
export function generateAdminPassword(): string {
	const out: string[] = [];
	while (out.length < 20) {
		const [b] = crypto.getRandomValues(new Uint8Array(1));
		// 256 is not a multiple of 55: drop the biased top bytes.
		if (b < 220) out.push(ALPHABET[b % ALPHABET.length]);
	}
	return out.join('');
}

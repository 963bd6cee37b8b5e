import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/** 120 bits of entropy, base32: safe in cookies and headers. */
export function generateSecret(): string {
	const bytes = new Uint8Array(15);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashSecret(secret: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));
}

export function secretMatches(secret: string, storedHash: string): boolean {
	const a = new TextEncoder().encode(hashSecret(secret));
	const b = new TextEncoder().encode(storedHash);
	return a.length === b.length && constantTimeEqual(a, b);
}

/** Tokens are `<id>.<secret>`: the id finds the row, the secret is compared in constant time. */
export function splitToken(token: string): { id: string; secret: string } | null {
	const dot = token.indexOf('.');
	if (dot <= 0 || dot === token.length - 1) return null;
	return { id: token.slice(0, dot), secret: token.slice(dot + 1) };
}

// No 0/o, 1/l/i: the password is read aloud or copied from a screen.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A temporary password (about 59 bits, e.g. "k7mq-3xtv-p2na"); the user must change it at sign-in. */
export function generateTemporaryPassword(): string {
	const bytes = new Uint8Array(12);
	crypto.getRandomValues(bytes);
	// 256 is not a multiple of 31: re-draw the few biased bytes.
	for (let i = 0; i < bytes.length; i++) {
		while (bytes[i] >= 248) bytes[i] = crypto.getRandomValues(new Uint8Array(1))[0];
	}
	const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
	return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

// Text files as Excel and Notepad save them on Vietnamese machines: UTF-8 (BOM or not), UTF-16 with a
// BOM ("Unicode text"), or Windows-1258 (Excel's plain "CSV"), which is whatever is not valid UTF-8.
import { setImmediate as pause } from 'node:timers/promises';
import iconv from 'iconv-lite';
import type { ReadResult } from './types';

export type TextEncoding = Exclude<ReadResult['encoding'], 'xlsx'>;
export type DecodedText = { ok: true; text: string; encoding: TextEncoding } | { ok: false };

/** UTF-16 without a BOM still shows itself: ASCII text has a zero in every other byte. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(bytes.length, 1024) & ~1;
	if (n < 4) return null;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZero++;
		if (bytes[i + 1] === 0) oddZero++;
	}
	const pairs = n / 2;
	if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
	if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
	return null;
}

/** Control characters other than tab, CR, LF (and U+FFFD) mean the bytes were not text in this encoding. */
function looksLikeText(text: string): boolean {
	const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
	// eslint-disable-next-line no-control-regex
	return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/.test(sample);
}

const PIECE_BYTES = 1024 * 1024;
const PIECE_CHARS = 1024 * 1024;
const NEEDS_NFC = /[\u0300-\uffff]/;

/** The encoding the bytes announce or show, and the BOM to skip; null: UTF-8 if valid, else Windows-1258. */
function pickEncoding(bytes: Uint8Array): { encoding: TextEncoding | null; skip: number } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8-bom', skip: 3 };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
	return { encoding: guessUtf16(bytes), skip: 0 };
}

/**
 * A piece of UTF-8 ends before a byte that starts a character, so each decodes on its own: a fresh
 * decoder per piece keeps Node's fast UTF-8 path, which one streaming call turns off for good (half the speed).
 */
function pieceEnd(body: Uint8Array, at: number): number {
	let end = at + PIECE_BYTES;
	if (end >= body.length) return body.length;
	// Valid UTF-8 has at most 3 continuation bytes; a longer run is invalid whichever piece holds it.
	for (let back = 0; back < 3 && (body[end] & 0xc0) === 0x80; back++) end--;
	return end;
}

/** Decoded text piece by piece (about 1 MB each); throws on bytes that are not UTF-8 when decoding UTF-8. */
function* decodePieces(bytes: Uint8Array, encoding: TextEncoding, skip: number): Generator<string> {
	const body = bytes.subarray(skip);
	if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
		for (let at = 0; at < body.length;) {
			const end = pieceEnd(body, at);
			// Only the very start drops a BOM, as one streaming decoder would.
			const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: at > 0 });
			yield decoder.decode(body.subarray(at, end));
			at = end;
		}
		return;
	}
	const decoder = iconv.getDecoder(encoding, { stripBOM: false });
	for (let at = 0; at < body.length; at += PIECE_BYTES) {
		const piece = body.subarray(at, Math.min(at + PIECE_BYTES, body.length));
		yield decoder.write(Buffer.from(piece.buffer, piece.byteOffset, piece.length));
	}
	yield decoder.end() ?? '';
}

/** The decoding, yielding between pieces; UTF-8 that turns out invalid is Windows-1258. */
function* decodeSteps(bytes: Uint8Array): Generator<void, DecodedText> {
	const picked = pickEncoding(bytes);
	const attempts: TextEncoding[] = picked.encoding ? [picked.encoding] : ['utf-8', 'windows-1258'];
	for (const encoding of attempts) {
		const pieces: string[] = [];
		let composedAlready = true;
		try {
			for (const piece of decodePieces(bytes, encoding, picked.skip)) {
				pieces.push(piece);
				// Below U+0300 every character is already composed: most files are codes and digits.
				if (composedAlready && NEEDS_NFC.test(piece)) composedAlready = false;
				yield;
			}
		} catch {
			if (encoding === 'utf-8') continue;
			return { ok: false };
		}
		const text = pieces.join('');
		if (!looksLikeText(text)) return { ok: false };
		if (composedAlready) return { ok: true, text, encoding };
		// Windows-1258 writes tones as combining marks, and macOS writes decomposed text: compose both,
		// line by line in pieces (a line break never composes with what is around it).
		const composed: string[] = [];
		for (let at = 0; at < text.length;) {
			const cut = text.indexOf('\n', at + PIECE_CHARS);
			const end = cut < 0 ? text.length : cut + 1;
			const piece = text.slice(at, end);
			composed.push(NEEDS_NFC.test(piece) ? piece.normalize('NFC') : piece);
			at = end;
			yield;
		}
		return { ok: true, text: composed.join(''), encoding };
	}
	return { ok: false };
}

export function decodeText(bytes: Uint8Array): DecodedText {
	const steps = decodeSteps(bytes);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** The same, letting other requests run between pieces of about 1 MB. */
export async function decodeTextAsync(bytes: Uint8Array): Promise<DecodedText> {
	const steps = decodeSteps(bytes);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		await pause();
	}
}

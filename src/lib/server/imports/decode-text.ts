// Text files as Excel and Notepad save them on Vietnamese machines: UTF-8 (BOM or not), UTF-16 with a
// BOM ("Unicode text"), or Windows-1258 (Excel's plain "CSV"), which is whatever is not valid UTF-8.
import iconv from 'iconv-lite';
import type { ReadResult } from './types';

export type TextEncoding = Exclude<ReadResult['encoding'], 'xlsx'>;
export type DecodedText = { ok: true; text: string; encoding: TextEncoding } | { ok: false };

const utf8 = new TextDecoder('utf-8', { fatal: true });

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

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): string {
	const body = Buffer.from(bytes.buffer, bytes.byteOffset + skip, bytes.length - skip);
	return iconv.decode(body, encoding === 'utf-16le' ? 'utf-16le' : 'utf-16be', { stripBOM: false });
}

export function decodeText(bytes: Uint8Array): DecodedText {
	let text: string;
	let encoding: TextEncoding;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		try {
			text = utf8.decode(bytes.subarray(3));
		} catch {
			return { ok: false };
		}
		encoding = 'utf-8-bom';
	} else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		text = decodeUtf16(bytes, 'utf-16le', 2);
		encoding = 'utf-16le';
	} else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		text = decodeUtf16(bytes, 'utf-16be', 2);
		encoding = 'utf-16be';
	} else {
		const utf16 = guessUtf16(bytes);
		if (utf16) {
			text = decodeUtf16(bytes, utf16, 0);
			encoding = utf16;
		} else {
			try {
				text = utf8.decode(bytes);
				encoding = 'utf-8';
			} catch {
				text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'windows-1258');
				encoding = 'windows-1258';
			}
		}
	}
	if (!looksLikeText(text)) return { ok: false };
	// Windows-1258 writes tones as combining marks, and macOS writes decomposed text: compose both.
	return { ok: true, text: text.normalize('NFC'), encoding };
}

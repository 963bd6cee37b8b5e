import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, decodeTextAsync } from './decode-text';

const TEXT = 'Mã trường;Kỳ báo cáo\r\nHA-TH-THANHTO;Cuối năm\r\n';

function decoded(bytes: Uint8Array) {
	const result = decodeText(bytes);
	if (!result.ok) throw new Error('not decoded');
	return result;
}

describe('decodeText', () => {
	it('reads UTF-8 with and without a BOM', () => {
		expect(decoded(Buffer.from(TEXT, 'utf8'))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
		expect(decoded(Buffer.from('\uFEFF' + TEXT, 'utf8'))).toEqual({
			ok: true,
			text: TEXT,
			encoding: 'utf-8-bom'
		});
	});

	it('reads UTF-16 LE and BE with a BOM, and LE without one', () => {
		const le = Buffer.from('\uFEFF' + TEXT, 'utf16le');
		expect(decoded(le)).toEqual({ ok: true, text: TEXT, encoding: 'utf-16le' });
		expect(decoded(Buffer.from(le).swap16())).toEqual({ ok: true, text: TEXT, encoding: 'utf-16be' });
		expect(decoded(Buffer.from(TEXT, 'utf16le'))).toEqual({ ok: true, text: TEXT, encoding: 'utf-16le' });
	});

	it('falls back to Windows-1258 and composes its combining tone marks', () => {
		// "Mã" in Windows-1258 as Excel writes it: 'a' then the combining tilde (0xDE).
		const bytes = Buffer.from([0x4d, 0x61, 0xde, 0x20, 0x74, 0x72, 0xfd, 0xf5, 0xcc, 0x6e, 0x67]);
		const result = decoded(bytes);
		expect(result.encoding).toBe('windows-1258');
		expect(result.text).toBe('Mã trường');
		expect(result.text).toBe('Mã trường'.normalize('NFC'));
		expect(result.text.length).toBe(9);
	});

	it('composes decomposed UTF-8 (as macOS writes it)', () => {
		const result = decoded(Buffer.from('Mã trường'.normalize('NFD'), 'utf8'));
		expect(result.text).toBe('Mã trường'.normalize('NFC'));
	});

	it('refuses bytes that are no text in any of these encodings', () => {
		expect(decodeText(Buffer.from([0x4d, 0x81, 0x61]))).toEqual({ ok: false });
		expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]))).toEqual({
			ok: false
		});
		expect(decodeText(iconv.encode('abc\u0001def', 'utf8'))).toEqual({ ok: false });
	});
});

describe('decodeTextAsync', () => {
	// Pieces of 1 MiB: a letter split across two pieces, and a file invalid as UTF-8 only near its end.
	const big = 'x'.repeat(1024 * 1024 - 1) + 'ường\r\n' + TEXT.repeat(40_000);

	it('decodes large files piece by piece as decodeText does', async () => {
		const utf8 = Buffer.from(big, 'utf8');
		expect(await decodeTextAsync(utf8)).toEqual(decodeText(utf8));
		expect(await decodeTextAsync(utf8)).toMatchObject({ ok: true, encoding: 'utf-8', text: big });
		const cp1258 = iconv.encode(big.normalize('NFD').replace(/\u0302/g, ''), 'windows-1258');
		const result = await decodeTextAsync(cp1258);
		expect(result).toMatchObject({ ok: true, encoding: 'windows-1258' });
		expect(result).toEqual(decodeText(cp1258));
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(big, 'utf-16le')]);
		expect(await decodeTextAsync(utf16)).toMatchObject({ ok: true, encoding: 'utf-16le', text: big });
	});

	it('keeps a U+FEFF that starts a later piece, and refuses a sequence cut short at a piece boundary', async () => {
		const text = 'x'.repeat(1024 * 1024) + '\uFEFFabc\n' + 'y'.repeat(1024 * 1024 - 1) + 'ườ\n';
		const bytes = Buffer.from(text, 'utf8');
		expect(await decodeTextAsync(bytes)).toEqual({ ok: true, text, encoding: 'utf-8' });
		const broken = Buffer.concat([
			Buffer.from('y'.repeat(1024 * 1024 - 1), 'utf8'),
			Buffer.from([0xc6, 0x41])
		]);
		expect(await decodeTextAsync(broken)).toMatchObject({ ok: true, encoding: 'windows-1258' });
	});
});

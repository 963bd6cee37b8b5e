import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { packUploadContent, unpackUploadContent } from './upload-content';

const csv = (rows: number) =>
	new TextEncoder().encode(
		'ma_truong,ky_bao_cao,ma_chi_so,gia_tri\r\n' +
			Array.from(
				{ length: rows },
				(_, i) => `S${String(i).padStart(5, '0')},2025-2026/CUOI_NAM,TH_HS,${i}\r\n`
			).join('')
	);

describe('the kept upload file', () => {
	it('is gzipped when text, and comes back byte for byte', async () => {
		const bytes = csv(2000);
		const packed = await packUploadContent(bytes);
		expect(packed.encoding).toBe('gzip');
		expect(packed.content.length).toBeLessThan(bytes.length / 4);
		const back = await unpackUploadContent(packed.content, packed.encoding);
		expect(Buffer.from(back).equals(Buffer.from(bytes))).toBe(true);
	});

	it('stays as sent when small or when it does not shrink (a zip, such as xlsx)', async () => {
		const small = csv(10);
		expect(await packUploadContent(small)).toEqual({ content: small, encoding: null });
		const zipLike = new Uint8Array(randomBytes(64 * 1024));
		expect(await packUploadContent(zipLike)).toEqual({ content: zipLike, encoding: null });
		expect(await unpackUploadContent(zipLike, null)).toBe(zipLike);
	});
});

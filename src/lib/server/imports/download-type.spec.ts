import { describe, expect, it } from 'vitest';
import { attachmentDisposition, detectDownloadType, XLSX_TYPE } from './download-type';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('detectDownloadType', () => {
	it('judges the bytes, not a declared type or name', () => {
		expect(detectDownloadType(bytes('<html><script>alert(1)</script></html>'))).toBe(
			'text/csv; charset=utf-8'
		);
		expect(detectDownloadType(bytes('\uFEFFma_truong,ky_bao_cao\r\nTH-1,2024-2025/HK1\r\n'))).toBe(
			'text/csv; charset=utf-8'
		);
		expect(detectDownloadType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]))).toBe(XLSX_TYPE);
		expect(detectDownloadType(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toBe('text/csv; charset=utf-16le');
		expect(detectDownloadType(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]))).toBe(
			'application/octet-stream'
		);
		// Windows-1258 "Trường" is not UTF-8 but still text.
		expect(
			detectDownloadType(new Uint8Array([0x54, 0x72, 0xdd, 0xf5, 0x6e, 0x67, 0x2c, 0x31, 0x0d, 0x0a]))
		).toBe('text/csv');
	});
});

describe('attachmentDisposition', () => {
	it('is always an attachment, with an ASCII fallback and the exact UTF-8 name', () => {
		expect(attachmentDisposition('báo cáo "x".csv')).toBe(
			`attachment; filename="b_o c_o _x_.csv"; filename*=UTF-8''b%C3%A1o%20c%C3%A1o%20%22x%22.csv`
		);
		expect(attachmentDisposition("it's (1).csv")).toBe(
			`attachment; filename="it's (1).csv"; filename*=UTF-8''it%27s%20%281%29.csv`
		);
	});
});

import { describe, expect, it } from 'vitest';
import {
	checkAttachment,
	cleanAttachmentName,
	detectAttachmentKind,
	MAX_ATTACHMENT_BYTES
} from './attachment-type';

const bytes = (...parts: (number[] | string)[]) =>
	new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('detectAttachmentKind', () => {
	it('knows PDF, JPEG, PNG, WebP and Word by their first bytes', () => {
		expect(detectAttachmentKind(bytes('%PDF-1.7\n'))?.mediaType).toBe('application/pdf');
		expect(detectAttachmentKind(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'))?.mediaType).toBe('image/jpeg');
		expect(detectAttachmentKind(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0]))?.mediaType).toBe(
			'image/png'
		);
		expect(detectAttachmentKind(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))?.mediaType).toBe('image/webp');
		const docx = bytes([0x50, 0x4b, 3, 4], '..[Content_Types].xml..word/document.xml..');
		expect(detectAttachmentKind(docx)?.extension).toBe('docx');
	});

	it('refuses what only claims to be one: HTML, SVG, a plain zip, an executable', () => {
		expect(detectAttachmentKind(bytes('<html><script>alert(1)</script>'))).toBeNull();
		expect(detectAttachmentKind(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
		expect(detectAttachmentKind(bytes([0x50, 0x4b, 3, 4], 'xl/workbook.xml'))).toBeNull();
		expect(detectAttachmentKind(bytes('MZ', [0x90, 0]))).toBeNull();
		expect(detectAttachmentKind(bytes('RIFF', [1, 2, 3, 4], 'WAVE'))).toBeNull();
	});
});

describe('checkAttachment', () => {
	it('refuses empty, too big and unknown files', () => {
		expect(checkAttachment('a.pdf', new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
		const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
		big.set(bytes('%PDF-'));
		expect(checkAttachment('a.pdf', big)).toEqual({ ok: false, reason: 'too_big' });
		expect(checkAttachment('a.jpg', bytes('GIF89a'))).toEqual({ ok: false, reason: 'wrong_type' });
	});

	it('accepts a file at the limit and names it by its real type', () => {
		const max = new Uint8Array(MAX_ATTACHMENT_BYTES);
		max.set(bytes('%PDF-'));
		const r = checkAttachment('C:\\Biên bản.html', max);
		expect(r).toEqual({
			ok: true,
			kind: expect.objectContaining({ extension: 'pdf' }),
			fileName: 'Biên bản.pdf'
		});
	});
});

describe('cleanAttachmentName', () => {
	it('drops folders and control characters, keeps Vietnamese', () => {
		const kind = { mediaType: 'image/jpeg', extension: 'jpg' };
		expect(cleanAttachmentName('../../etc/ảnh "lớp"\u0000.jpeg', kind)).toBe('ảnh lớp.jpg');
		expect(cleanAttachmentName('', kind)).toBe('tep-dinh-kem.jpg');
	});
});

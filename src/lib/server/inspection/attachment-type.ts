// What an attachment is, judged from its own bytes: the declared type and the file name's extension
// are the uploader's word, and a file that claims to be a photo must not come back as a page. Pure.

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_FINDING = 20;

export type AttachmentKind = { mediaType: string; extension: string };

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
	if (bytes.length < at + sig.length) return false;
	return sig.every((b, i) => bytes[at + i] === b);
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** A Word document: a zip whose entries (names are stored uncompressed) include word/document.xml. */
function isDocx(bytes: Uint8Array): boolean {
	if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return false;
	const text = new TextDecoder('latin1').decode(bytes);
	return text.includes('[Content_Types].xml') && text.includes('word/document.xml');
}

/** The kind of an accepted attachment (PDF, JPEG, PNG, WebP, .docx), or null for anything else. */
export function detectAttachmentKind(bytes: Uint8Array): AttachmentKind | null {
	if (startsWith(bytes, ascii('%PDF-'))) return { mediaType: 'application/pdf', extension: 'pdf' };
	if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg', extension: 'jpg' };
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
		return { mediaType: 'image/png', extension: 'png' };
	if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8))
		return { mediaType: 'image/webp', extension: 'webp' };
	if (isDocx(bytes)) return { mediaType: DOCX, extension: 'docx' };
	return null;
}

export type AttachmentCheck =
	| { ok: true; kind: AttachmentKind; fileName: string }
	| { ok: false; reason: 'empty' | 'too_big' | 'wrong_type' };

/** A safe stored name: no path, no control characters, at most 120 characters, the real extension. */
export function cleanAttachmentName(name: string, kind: AttachmentKind): string {
	const base = name
		.split(/[\\/]/)
		.pop()!
		.normalize('NFC')
		// eslint-disable-next-line no-control-regex -- control characters are what is removed
		.replace(/[\u0000-\u001f\u007f"]/g, '')
		.trim()
		.replace(/\.[A-Za-z0-9]{1,5}$/, '')
		.slice(0, 120);
	return `${base || 'tep-dinh-kem'}.${kind.extension}`;
}

export function checkAttachment(name: string, bytes: Uint8Array): AttachmentCheck {
	if (bytes.length === 0) return { ok: false, reason: 'empty' };
	if (bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, reason: 'too_big' };
	const kind = detectAttachmentKind(bytes);
	if (!kind) return { ok: false, reason: 'wrong_type' };
	return { ok: true, kind, fileName: cleanAttachmentName(name, kind) };
}

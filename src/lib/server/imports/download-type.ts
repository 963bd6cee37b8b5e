// The type a stored upload is served with: judged from its own bytes, never the type its uploader
// declared (a file declared text/html must not come back as a page of the app's origin). Pure.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SNIFF_BYTES = 64 * 1024;

function isZip(bytes: Uint8Array): boolean {
	return (
		bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
	);
}

function charsetOf(bytes: Uint8Array): string | null {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	const head = bytes.subarray(0, SNIFF_BYTES);
	if (head.includes(0)) return null;
	try {
		// A multi-byte character cut at the end of the sample is not a reason to call it binary.
		new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 3)));
		return 'utf-8';
	} catch {
		// Windows-1258 and other legacy code pages: text, charset unknown to browsers.
		return '';
	}
}

/** The stored file's own type: the .xlsx type for a zip workbook, text/csv for text, else octet-stream. */
export function detectDownloadType(bytes: Uint8Array): string {
	// Only a zip that read as a workbook is ever stored.
	if (isZip(bytes)) return XLSX_TYPE;
	const charset = charsetOf(bytes);
	if (charset === null) return 'application/octet-stream';
	return charset ? `text/csv; charset=${charset}` : 'text/csv';
}

/** `attachment` with an ASCII fallback and the exact name (RFC 5987/6266). */
export function attachmentDisposition(fileName: string): string {
	const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_') || 'download';
	const exact = encodeURIComponent(fileName).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
	return `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}

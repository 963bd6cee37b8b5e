// A plan document to text: .docx through mammoth (tables kept as rows "cell | cell"), .pdf through
// pdf.js (its legacy build runs in Node; a PDF with no text is a scan, said so), .txt in UTF-8, UTF-16
// or Windows-1258. Limits on size and time: a planning officer's file, not anything at all.
import mammoth from 'mammoth';
import { decodeText } from '../imports/decode-text';

export const MAX_PLAN_BYTES = 15 * 1024 * 1024;
export const READ_TIMEOUT_MS = 15_000;

export type DocumentFormat = 'docx' | 'pdf' | 'txt';
export type ReadDocument =
	| { ok: true; text: string; format: DocumentFormat; pages: number | null }
	| { ok: false; reason: 'too_large' | 'unsupported' | 'scan' | 'unreadable' | 'timeout' | 'empty' };

export function formatOf(name: string, bytes: Uint8Array): DocumentFormat | null {
	const lower = name.toLowerCase();
	const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
	const pdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
	if (lower.endsWith('.docx') && zip) return 'docx';
	if (lower.endsWith('.pdf') && pdf) return 'pdf';
	if (lower.endsWith('.txt') && !zip && !pdf) return 'txt';
	return null;
}

export async function readPlanDocument(name: string, bytes: Uint8Array): Promise<ReadDocument> {
	if (bytes.length > MAX_PLAN_BYTES) return { ok: false, reason: 'too_large' };
	if (bytes.length === 0) return { ok: false, reason: 'empty' };
	const format = formatOf(name, bytes);
	if (!format) return { ok: false, reason: 'unsupported' };
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<ReadDocument>((resolve) => {
		timer = setTimeout(() => resolve({ ok: false, reason: 'timeout' }), READ_TIMEOUT_MS);
	});
	try {
		return await Promise.race([readAs(format, bytes), timeout]);
	} catch {
		return { ok: false, reason: 'unreadable' };
	} finally {
		clearTimeout(timer);
	}
}

async function readAs(format: DocumentFormat, bytes: Uint8Array): Promise<ReadDocument> {
	if (format === 'txt') {
		const decoded = decodeText(bytes);
		if (!decoded.ok) return { ok: false, reason: 'unreadable' };
		return nonEmpty({ ok: true, text: decoded.text.normalize('NFC'), format, pages: null });
	}
	if (format === 'docx') {
		const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
		return nonEmpty({ ok: true, text: htmlToLines(value), format, pages: null });
	}
	return readPdf(bytes);
}

function nonEmpty(r: ReadDocument): ReadDocument {
	return r.ok && r.text.trim() === '' ? { ok: false, reason: 'empty' } : r;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]);
const strip = (html: string) =>
	unescape(html.replace(/<[^>]+>/g, ''))
		.replace(/\s+/g, ' ')
		.trim();

/** mammoth's HTML as lines: a paragraph or list item a line, a table row "cell | cell | cell". */
export function htmlToLines(html: string): string {
	const lines: string[] = [];
	const re = /<table[\s\S]*?<\/table>|<(p|li|h[1-6])[^>]*>([\s\S]*?)<\/\1>/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(html))) {
		if (m[0].startsWith('<table')) {
			for (const row of m[0].match(/<tr[\s\S]*?<\/tr>/g) ?? []) {
				const cells = (row.match(/<t[dh][^>]*>[\s\S]*?<\/t[dh]>/g) ?? []).map(strip);
				if (cells.some((c) => c !== '')) lines.push(cells.join(' | '));
			}
		} else {
			const text = strip(m[2]);
			if (text) lines.push(m[1] === 'li' ? `- ${text}` : text);
		}
	}
	return lines.join('\n');
}

type TextItem = { str: string; hasEOL?: boolean; transform: number[] };

async function readPdf(bytes: Uint8Array): Promise<ReadDocument> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({
		data: new Uint8Array(bytes),
		isEvalSupported: false,
		disableFontFace: true,
		useSystemFonts: false,
		verbosity: 0
	}).promise;
	const pages: string[] = [];
	try {
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const content = await page.getTextContent();
			let line = '';
			let y: number | null = null;
			const out: string[] = [];
			for (const item of content.items as TextItem[]) {
				if (typeof item.str !== 'string') continue;
				const itemY = item.transform[5];
				if (y !== null && Math.abs(itemY - y) > 2 && line.trim() !== '') {
					out.push(line.trim());
					line = '';
				}
				line += item.str;
				y = itemY;
				if (item.hasEOL) {
					out.push(line.trim());
					line = '';
				}
			}
			if (line.trim() !== '') out.push(line.trim());
			pages.push(out.filter(Boolean).join('\n'));
		}
	} finally {
		await doc.destroy();
	}
	const text = pages.join('\n').normalize('NFC');
	// A scan has images, not text: nothing (or a page number or two) to read.
	if (text.replace(/\s/g, '').length < 20 * Math.max(1, pages.length) * 0.5)
		return { ok: false, reason: 'scan' };
	return { ok: true, text, format: 'pdf', pages: pages.length };
}

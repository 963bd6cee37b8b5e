// Writing a random report as a school's text file would arrive: layout × dialect × encoding. Records
// where each value sits in the text, so a test can tell a corruption of a number from one of the structure.
import iconv from 'iconv-lite';
import { BY_CODE, type Figure, type Report } from './random-report';

export type Layout = 'long' | 'wide';
export type Dialect = 'comma' | 'semicolon' | 'tab' | 'quoted';
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';
export type HeaderStyle = 'code' | 'name-code' | 'name';
/** Where each value's text starts and ends, and whether it is quoted (a delimiter inside is then text). */
export type Span = { start: number; end: number; quoted: boolean };
export type Written = { text: string; delimiter: string; valueSpans: Span[] };

export const DELIMITER: Record<Dialect, string> = { comma: ',', semicolon: ';', tab: '\t', quoted: ',' };

function valueText(f: Figure, dialect: Dialect): string {
	const element = BY_CODE.get(f.code)!;
	if (element.type === 'yes_no' && f.word) return f.int === '1' ? 'có' : 'không';
	if (!f.frac) return f.int;
	return `${f.int}${dialect === 'comma' ? '.' : ','}${f.frac}`;
}

class Writer {
	text = '';
	spans: Span[] = [];
	constructor(
		readonly dialect: Dialect,
		readonly delimiter = DELIMITER[dialect]
	) {}
	row(fields: string[], valueAt: Set<number> = new Set()) {
		fields.forEach((field, i) => {
			if (i > 0) this.text += this.delimiter;
			const quote =
				this.dialect === 'quoted' ||
				field.includes(this.delimiter) ||
				field.includes('"') ||
				field.includes('\n');
			if (quote) this.text += '"';
			const start = this.text.length;
			this.text += quote ? field.replace(/"/g, '""') : field;
			if (valueAt.has(i)) this.spans.push({ start, end: this.text.length, quoted: quote });
			if (quote) this.text += '"';
		});
		this.text += '\r\n';
	}
}

/** `comment`: the wide layout ends with a comment column (the long one always has it). */
export function writeReport(
	report: Report,
	layout: Layout,
	dialect: Dialect,
	headers: HeaderStyle,
	comment = false
): Written {
	const w = new Writer(dialect);
	if (layout === 'long') {
		w.row(
			headers === 'code'
				? ['ma_truong', 'ky_bao_cao', 'ma_chi_so', 'gia_tri', 'ghi_chu']
				: ['Mã trường', 'Kỳ báo cáo', 'Mã chỉ số', 'Giá trị', 'Ghi chú']
		);
		for (const f of report) {
			w.row([f.school, f.period, f.code, valueText(f, dialect), f.comment], new Set([3]));
		}
	} else {
		const codes = [...new Set(report.map((f) => f.code))];
		const header = (code: string) => {
			const name = BY_CODE.get(code)!.nameVi;
			return headers === 'code' ? code : headers === 'name' ? name : `${name} (${code})`;
		};
		w.row(['Mã trường', 'Tên trường', 'Kỳ báo cáo', ...codes.map(header), ...(comment ? ['Ghi chú'] : [])]);
		const rows = new Map<string, Figure[]>();
		for (const f of report) {
			const key = `${f.school}|${f.period}`;
			rows.set(key, [...(rows.get(key) ?? []), f]);
		}
		for (const figures of rows.values()) {
			const { school, schoolName, period } = figures[0];
			const cells = codes.map((code) => {
				const f = figures.find((x) => x.code === code);
				return f ? valueText(f, dialect) : '';
			});
			const tail = comment ? [figures[0].comment] : [];
			w.row([school, schoolName, period, ...cells, ...tail], new Set(codes.map((_, i) => i + 3)));
		}
	}
	return { text: w.text, delimiter: w.delimiter, valueSpans: w.spans };
}

/** Windows-1258 as Excel writes it: letters it lacks as a base letter plus a combining tone mark. */
function toCp1258(text: string): Buffer {
	const fits = (s: string) => iconv.decode(iconv.encode(s, 'windows-1258'), 'windows-1258') === s;
	const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
	let out = '';
	for (const ch of text.normalize('NFC')) {
		if (fits(ch)) out += ch;
		else {
			const parts = ch.normalize('NFD');
			out += parts.replace(TONES, '').normalize('NFC') + (parts.match(TONES) ?? []).join('');
		}
	}
	const bytes = iconv.encode(out, 'windows-1258');
	if (iconv.decode(bytes, 'windows-1258').normalize('NFC') !== text.normalize('NFC')) {
		throw new Error(`not encodable in windows-1258: ${text}`);
	}
	return bytes;
}

export function encodeText(text: string, encoding: Encoding): Uint8Array {
	const join = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);
	switch (encoding) {
		case 'utf-8':
			return new TextEncoder().encode(text);
		case 'utf-8-bom':
			return join([0xef, 0xbb, 0xbf], new TextEncoder().encode(text));
		case 'utf-16le':
			return join([0xff, 0xfe], iconv.encode(text, 'utf-16le'));
		case 'utf-16be':
			return join([0xfe, 0xff], iconv.encode(text, 'utf-16be'));
		case 'windows-1258':
			return new Uint8Array(toCp1258(text));
	}
}

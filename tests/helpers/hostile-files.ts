// Files built to hurt the importer (memory, time, quadratic checks), for the end-to-end proof
// (tests/e2e/hostile-files.test.ts) and for unit tests of the readers. Each is built in memory
// without holding what it unpacks to: the zip bomb's sheet is deflated as a stream.
import { crc32, createDeflateRaw } from 'node:zlib';

export const HOSTILE_SCHOOL = 'HA-TH-THANHTO';
export const HOSTILE_PERIOD = '2025-2026/CUOI_NAM';
const LONG_HEADER = 'ma_truong,ky_bao_cao,ma_chi_so,gia_tri,ghi_chu\r\n';

/** ~0.8 MB: the same figure 20,000 times (every row a duplicate of every other). */
export function duplicateRowsCsv(rows = 20_000): Buffer {
	const line = `${HOSTILE_SCHOOL},${HOSTILE_PERIOD},TH_TS_HS,972,\r\n`;
	return Buffer.from(LONG_HEADER + line.repeat(rows));
}

/** 1,000,000 short rows (~10 MB): under the byte limit, four times the row limit. */
export function millionRowsCsv(rows = 1_000_000): Buffer {
	return Buffer.from('ma_truong,ky_bao_cao,ma_chi_so,gia_tri\r\n' + 'S,P,C,1\r\n'.repeat(rows));
}

/**
 * ~11 MB, every row an error (an unknown school), among 5,000 different codes: under the reader's
 * limit on distinct schools per file, so every row reaches the checks.
 */
export function allErrorsCsv(rows = 240_000): Buffer {
	const parts = [LONG_HEADER];
	for (let i = 0; i < rows; i++) parts.push(`KHONG-CO-${i % 5000},${HOSTILE_PERIOD},TH_TS_HS,${i},\r\n`);
	return Buffer.from(parts.join(''));
}

type ZipEntry = { name: string; data: Buffer; size: number; crc: number; method: 0 | 8 };

function stored(name: string, text: string): ZipEntry {
	const data = Buffer.from(text);
	return { name, data, size: data.length, crc: crc32(data), method: 0 };
}

/** A zip (no zip64: every entry under 4 GiB unpacked) from entries already compressed or stored. */
export function zipOf(entries: ZipEntry[]): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const e of entries) {
		const name = Buffer.from(e.name);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(0, 6);
		local.writeUInt16LE(e.method, 8);
		local.writeUInt32LE(0, 10);
		local.writeUInt32LE(e.crc >>> 0, 14);
		local.writeUInt32LE(e.data.length, 18);
		local.writeUInt32LE(e.size, 22);
		local.writeUInt16LE(name.length, 26);
		local.writeUInt16LE(0, 28);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(0, 8);
		central.writeUInt16LE(e.method, 10);
		central.writeUInt32LE(0, 12);
		central.writeUInt32LE(e.crc >>> 0, 16);
		central.writeUInt32LE(e.data.length, 20);
		central.writeUInt32LE(e.size, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, name, e.data);
		centrals.push(central, name);
		offset += 30 + name.length + e.data.length;
	}
	const centralSize = centrals.reduce((n, b) => n + b.length, 0);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(centralSize, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, ...centrals, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a one-sheet workbook around its sheet. */
function workbookParts(): ZipEntry[] {
	return [
		stored(
			'[Content_Types].xml',
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
		),
		stored(
			'_rels/.rels',
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
		),
		stored(
			'xl/workbook.xml',
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`
		),
		stored(
			'xl/_rels/workbook.xml.rels',
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
		)
	];
}

const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';
const HEADER_ROW = `<row r="1">${cell('A1', 'ma_truong')}${cell('B1', 'ky_bao_cao')}${cell('C1', 'ma_chi_so')}${cell('D1', 'gia_tri')}</row>`;

/** Deflates `head`, then `chunk` `times` times, then `tail`, without ever holding the unpacked whole. */
async function deflateStream(head: string, chunk: Buffer, times: number, tail: string) {
	const deflate = createDeflateRaw({ level: 9 });
	const out: Buffer[] = [];
	deflate.on('data', (b: Buffer) => out.push(b));
	const done = new Promise<void>((resolve, reject) => {
		deflate.on('end', resolve);
		deflate.on('error', reject);
	});
	let crc = crc32(head);
	let size = Buffer.byteLength(head);
	deflate.write(head);
	for (let i = 0; i < times; i++) {
		crc = crc32(chunk, crc);
		size += chunk.length;
		if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
	}
	crc = crc32(tail, crc);
	size += Buffer.byteLength(tail);
	deflate.end(tail);
	await done;
	return { data: Buffer.concat(out), crc, size };
}

/**
 * An .xlsx of about 1 MB whose one sheet unpacks to about `unpackedBytes` (1 GiB): ~65,000 rows of
 * the same figure without row numbers, 16 KB of whitespace between them.
 */
export async function xlsxZipBomb(unpackedBytes = 1024 ** 3): Promise<Buffer> {
	const row =
		`<row>${cell('', HOSTILE_SCHOOL)}${cell('', HOSTILE_PERIOD)}${cell('', 'TH_TS_HS')}<c><v>972</v></c></row>`.replace(
			/ r=""/g,
			''
		);
	// Whitespace between rows (valid XML) packs at deflate's best ratio (~1000:1); rows alone, ~260:1.
	const chunk = Buffer.from((row + ' '.repeat(16_384)).repeat(64));
	const times = Math.max(1, Math.round(unpackedBytes / chunk.length));
	const sheet = await deflateStream(SHEET_HEAD + HEADER_ROW, chunk, times, SHEET_TAIL);
	return zipOf([...workbookParts(), { name: 'xl/worksheets/sheet1.xml', ...sheet, method: 8 }]);
}

/**
 * A small .xlsx whose rows each have a cell in the last column Excel has (XFD = 16,384); the schools
 * are unknown ones, each row its own, so no other check (duplicates) dominates.
 */
export async function xlsxFarColumn(rows = 2_000): Promise<Buffer> {
	const body: string[] = [];
	for (let r = 2; r <= rows + 1; r++) {
		body.push(
			`<row r="${r}">${cell(`A${r}`, `KHONG-CO-${r}`)}${cell(`B${r}`, HOSTILE_PERIOD)}${cell(`C${r}`, 'TH_TS_HS')}<c r="D${r}"><v>972</v></c><c r="XFD${r}"><v>1</v></c></row>`
		);
	}
	const sheet = await deflateStream(SHEET_HEAD + HEADER_ROW, Buffer.from(body.join('')), 1, SHEET_TAIL);
	return zipOf([...workbookParts(), { name: 'xl/worksheets/sheet1.xml', ...sheet, method: 8 }]);
}

/** A multipart/form-data body with one file field, as a browser sends it. */
export function multipartBody(
	fileName: string,
	type: string,
	content: Buffer,
	boundary = '----chitieu-hostile'
): { body: Buffer; contentType: string } {
	const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`;
	return {
		body: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
		contentType: `multipart/form-data; boundary=${boundary}`
	};
}

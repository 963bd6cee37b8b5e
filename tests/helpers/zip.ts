// A tiny zip writer for tests: stored or deflated entries, or raw deflate data built elsewhere (a bomb).
import { crc32, deflateRawSync } from 'node:zlib';

export type ZipInput = {
	name: string;
	/** The entry's content (ignored with `deflated`). */
	data?: Uint8Array | string;
	store?: boolean;
	/** Raw deflate data written as is, with the unpacked size the header should claim. */
	deflated?: { data: Uint8Array; size: number };
};

export function writeZip(inputs: ZipInput[]): Uint8Array {
	const locals: Buffer[] = [];
	const directory: Buffer[] = [];
	let offset = 0;
	for (const input of inputs) {
		const name = Buffer.from(input.name);
		const raw = typeof input.data === 'string' ? Buffer.from(input.data) : Buffer.from(input.data ?? []);
		const method = input.store ? 0 : 8;
		const body = input.deflated ? Buffer.from(input.deflated.data) : input.store ? raw : deflateRawSync(raw);
		const size = input.deflated ? input.deflated.size : raw.length;
		const crc = input.deflated ? 0 : crc32(raw);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(0x0800, 6);
		local.writeUInt16LE(method, 8);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(body.length, 18);
		local.writeUInt32LE(size >>> 0, 22);
		local.writeUInt16LE(name.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(0x0800, 8);
		central.writeUInt16LE(method, 10);
		central.writeUInt32LE(crc, 16);
		central.writeUInt32LE(body.length, 20);
		central.writeUInt32LE(size >>> 0, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, name, body);
		directory.push(central, name);
		offset += local.length + name.length + body.length;
	}
	const directoryBytes = Buffer.concat(directory);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(inputs.length, 8);
	end.writeUInt16LE(inputs.length, 10);
	end.writeUInt32LE(directoryBytes.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...locals, directoryBytes, end]));
}

/**
 * Raw deflate data of `head`, then `unit` repeated `times`, then `tail`, without ever holding the
 * unpacked text: each piece is compressed on its own and flushed to a byte boundary, so the pieces can
 * simply follow one another; an empty final block ends the stream.
 */
export function deflateRepeated(head: string, unit: string, times: number, tail: string) {
	const piece = (text: string) => deflateRawSync(Buffer.from(text), { finishFlush: 2 /* Z_SYNC_FLUSH */ });
	const unitPiece = piece(unit);
	const parts = [piece(head)];
	for (let i = 0; i < times; i++) parts.push(unitPiece);
	parts.push(piece(tail), Buffer.from([0x03, 0x00]));
	const size = Buffer.byteLength(head) + Buffer.byteLength(unit) * times + Buffer.byteLength(tail);
	return { data: new Uint8Array(Buffer.concat(parts)), size };
}

const XLSX_CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/** A one-sheet .xlsx whose sheet part is given (as text, or as raw deflate data). */
export function writeXlsx(sheet: string | { data: Uint8Array; size: number }): Uint8Array {
	return writeZip([
		{ name: '[Content_Types].xml', data: XLSX_CONTENT_TYPES },
		{ name: '_rels/.rels', data: ROOT_RELS },
		{ name: 'xl/workbook.xml', data: WORKBOOK },
		{ name: 'xl/_rels/workbook.xml.rels', data: WORKBOOK_RELS },
		typeof sheet === 'string'
			? { name: 'xl/worksheets/sheet1.xml', data: sheet }
			: { name: 'xl/worksheets/sheet1.xml', deflated: sheet }
	]);
}

export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`;
export const SHEET_TAIL = `</sheetData></worksheet>`;

/** An .ods with the given content.xml body (the inside of office:spreadsheet). */
export function writeOds(spreadsheet: string, styles = ''): Uint8Array {
	const content =
		`<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.3">` +
		`<office:automatic-styles>${styles}</office:automatic-styles><office:body><office:spreadsheet>${spreadsheet}</office:spreadsheet></office:body></office:document-content>`;
	return writeZip([
		{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', store: true },
		{ name: 'content.xml', data: content },
		{ name: 'META-INF/manifest.xml', data: '<manifest:manifest/>' }
	]);
}

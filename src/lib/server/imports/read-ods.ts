// OpenDocument spreadsheets (.ods, LibreOffice's default): content.xml scanned row by row. Repeated empty
// cells and rows (LibreOffice writes a million of them) cost nothing; repeated filled ones count as cells.
import { formatDate } from './xlsx-cells';
import { formatStoredNumber } from './format-number';
import { SheetRows, type SheetGrid } from './sheet-rows';
import { setImmediate as pause } from 'node:timers/promises';
import { MalformedSpreadsheet, MAX_SHEETS, refuseSheets, ROWS_PER_PAUSE } from './spreadsheet-limits';
import { readPart, unpackText, type Zip } from './unzip';
import { attr, decodeXml, own, scanText, stripElements, tagName } from './xml-scan';

const ODF = 'application/vnd.oasis.opendocument.';
const ODS = `${ODF}spreadsheet`;
/** More spaces than anyone types; a file may not turn a few bytes into megabytes of them. */
const MAX_SPACES = 100;
/** Excel's own limit for the text of a cell; .ods text may expand (text:s), so it is cut there. */
const MAX_CELL_CHARS = 32_767;

async function mimetype(zip: Zip): Promise<string | null> {
	const entry = zip.entries.get('mimetype');
	return entry ? (await readPart(zip.bytes, entry, zip.budget)).trim() : null;
}

/** An OpenDocument zip (by its mimetype entry), or a file named .ods with a content.xml. */
export async function isOds(zip: Zip, nameSaysOds: boolean): Promise<boolean> {
	const type = await mimetype(zip);
	if (type !== null) return type.startsWith(ODF);
	return nameSaysOds && zip.entries.has('content.xml') && !zip.entries.has('[Content_Types].xml');
}

function inlineText(xml: string): string {
	let text = '';
	let pos = 0;
	while (text.length < MAX_CELL_CHARS) {
		const lt = xml.indexOf('<', pos);
		if (lt < 0) {
			text += xml.slice(pos);
			break;
		}
		text += xml.slice(pos, lt);
		const gt = xml.indexOf('>', lt);
		if (gt < 0) break;
		const name = tagName(xml, lt, gt);
		if (name === 'text:s') {
			const spaces = Number(attr(xml.slice(lt, gt), 'text:c') ?? 1);
			text += ' '.repeat(Math.min(Number.isInteger(spaces) && spaces > 0 ? spaces : 1, MAX_SPACES));
		} else if (name === 'text:tab') text += '\t';
		else if (name === 'text:line-break') text += '\n';
		pos = gt + 1;
	}
	return decodeXml(text.slice(0, MAX_CELL_CHARS));
}

/** The text of a cell: its paragraphs (text:p, text:h) on separate lines, annotations left out. */
function paragraphs(xml: string): string {
	if (xml.includes('<office:annotation')) xml = stripElements(xml, 'office:annotation');
	const lines: string[] = [];
	let length = 0;
	let pos = 0;
	while (length < MAX_CELL_CHARS) {
		const lt = xml.indexOf('<text:', pos);
		if (lt < 0) break;
		const gt = xml.indexOf('>', lt);
		if (gt < 0) break;
		const name = tagName(xml, lt, gt);
		pos = gt + 1;
		if (name !== 'text:p' && name !== 'text:h') continue;
		if (xml.charCodeAt(gt - 1) === 47) {
			lines.push('');
			continue;
		}
		const close = xml.indexOf(`</${name}>`, gt);
		if (close < 0) break;
		const line = inlineText(xml.slice(gt + 1, close));
		lines.push(line);
		length += line.length + 1;
		pos = close + name.length + 3;
	}
	return own(lines.join('\n').slice(0, MAX_CELL_CHARS));
}

function dateText(value: string): string {
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
	const date = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);
	return Number.isNaN(date.getTime()) ? value : formatDate(date);
}

export function odsCellText(attrs: string, inner: string): string {
	const number = () => Number(attr(attrs, 'office:value'));
	switch (attr(attrs, 'office:value-type')) {
		case 'float':
		case 'currency': {
			const n = number();
			return Number.isFinite(n) ? formatStoredNumber(n) : paragraphs(inner);
		}
		case 'percentage': {
			const n = number();
			return Number.isFinite(n) ? formatStoredNumber(n, true) : paragraphs(inner);
		}
		case 'boolean':
			return attr(attrs, 'office:boolean-value') === 'true' ? 'TRUE' : 'FALSE';
		case 'date': {
			const value = attr(attrs, 'office:date-value');
			return value ? own(dateText(value)) : paragraphs(inner);
		}
	}
	return inner === '' ? '' : paragraphs(inner);
}

function count(attrs: string, name: string): number {
	const n = Number(attr(attrs, name) ?? 1);
	return Number.isInteger(n) && n > 0 ? n : 1;
}

function readRow(rows: SheetRows, row: number, inner: string): boolean {
	let filled = false;
	let col = 0;
	let pos = 0;
	for (;;) {
		const lt = inner.indexOf('<table:', pos);
		if (lt < 0) break;
		const gt = inner.indexOf('>', lt);
		if (gt < 0) break;
		let nameEnd = lt + 7;
		while (nameEnd < gt && !/[\s/>]/.test(inner[nameEnd])) nameEnd++;
		const name = inner.slice(lt + 1, nameEnd);
		if (name !== 'table:table-cell' && name !== 'table:covered-table-cell') {
			pos = gt + 1;
			continue;
		}
		const selfClosing = inner.charCodeAt(gt - 1) === 47;
		const attrs = inner.slice(nameEnd, selfClosing ? gt - 1 : gt);
		const repeat = count(attrs, 'table:number-columns-repeated');
		let content = '';
		pos = gt + 1;
		if (!selfClosing) {
			const end = `</${name}>`;
			const close = inner.indexOf(end, gt);
			if (close < 0) break;
			content = inner.slice(gt + 1, close);
			pos = close + end.length;
		}
		const text = odsCellText(attrs, content);
		if (text !== '') {
			filled = true;
			for (let k = 0; k < repeat; k++) rows.set(row, col + k, text);
			const down = count(attrs, 'table:number-rows-spanned');
			const across = count(attrs, 'table:number-columns-spanned');
			if (down > 1 || across > 1) rows.merge(row, col, row + down - 1, col + across - 1);
		}
		col += repeat;
	}
	return filled;
}

type Table = { rows: SheetRows; hidden: boolean; next: number };

export async function readOds(zip: Zip): Promise<SheetGrid[]> {
	const type = await mimetype(zip);
	const content = zip.entries.get('content.xml');
	if ((type !== null && type !== ODS) || !content) throw new MalformedSpreadsheet();
	const hiddenStyles = new Set<string>();
	const finished: SheetRows[] = [];
	let table: Table | null = null;
	let tables = 0;
	await scanText(unpackText(zip.bytes, content, zip.budget), {
		elements: {
			'style:style': (attrs, inner) => {
				if (attr(attrs, 'style:family') === 'table' && /table:display="false"/.test(inner)) {
					hiddenStyles.add(attr(attrs, 'style:name') ?? '');
				}
			},
			'table:table-row': async (attrs, inner) => {
				if (!table) return;
				const { rows, hidden } = table;
				const row = table.next;
				const repeat = count(attrs, 'table:number-rows-repeated');
				table.next += repeat;
				if (hidden || inner === '' || !readRow(rows, row, inner)) return;
				for (let k = 1; k < repeat; k++) {
					rows.copyRow(row, row + k);
					if (k % ROWS_PER_PAUSE === 0) await pause();
				}
			}
		},
		tags: {
			'table:table': (attrs) => {
				if (++tables > MAX_SHEETS) refuseSheets();
				const name = decodeXml(attr(attrs, 'table:name') ?? '');
				const hidden = hiddenStyles.has(attr(attrs, 'table:style-name') ?? '');
				table = { rows: new SheetRows(name, zip.budget), hidden, next: 1 };
			},
			'/table:table': () => {
				if (table && !table.hidden) finished.push(table.rows);
				table = null;
			}
		}
	});
	const sheets: SheetGrid[] = [];
	for (const rows of finished) sheets.push(await rows.toGrid());
	return sheets;
}

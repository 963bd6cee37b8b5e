// Worksheets as grids of cell texts, read from .xlsx (and .ods, see read-ods.ts) without trusting the file:
// the zip is unpacked within a budget, sheets are scanned row by row and rows end at their last filled cell.
import { makeProblem } from './make-problem';
import { readOds, isOds } from './read-ods';
import { SheetRows, parseRef, type SheetGrid } from './sheet-rows';
import {
	MalformedSpreadsheet,
	MAX_CELLS,
	MAX_SHEETS,
	refuseSheets,
	newBudget,
	spendCells,
	SpreadsheetRefusal
} from './spreadsheet-limits';
import type { FileProblem } from './types';
import { listZip, readPart, unpackText, type Zip, type ZipEntry } from './unzip';
import { cellText, stringText, type CellContext, type CellStyle } from './xlsx-cells';
import { attr, decodeXml, scanText, tagsOf } from './xml-scan';

export { formatStoredNumber } from './format-number';
export type { SheetGrid } from './sheet-rows';

export type SpreadsheetRead =
	| { ok: true; format: 'xlsx' | 'ods'; sheets: SheetGrid[] }
	| { ok: false; format: 'xlsx' | 'ods'; problem: FileProblem };

const DATE_IDS = new Set([
	14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47
]);
for (let id = 50; id <= 58; id++) DATE_IDS.add(id);
const PERCENT_IDS = new Set([9, 10]);
const TYPE_WORKSHEET = '/worksheet';

/** As exceljs decides: a format with date or time letters outside quotes and brackets. */
function isDateFormat(format: string): boolean {
	// Excel allows 255 characters; the regular expressions below need not meet a hostile megabyte.
	if (format.length > 255) return false;
	return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function resolvePath(base: string, target: string): string {
	if (target.startsWith('/')) return target.slice(1);
	const parts = base.split('/').slice(0, -1);
	for (const part of target.split('/')) {
		if (part === '..') parts.pop();
		else if (part !== '.') parts.push(part);
	}
	return parts.join('/');
}

function relsPath(part: string): string {
	const slash = part.lastIndexOf('/');
	return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

async function readRelationships(
	zip: Zip,
	part: string
): Promise<{ id: string; type: string; path: string }[]> {
	const entry = zip.entries.get(relsPath(part));
	if (!entry) return [];
	const xml = await readPart(zip.bytes, entry, zip.budget);
	return tagsOf(xml, 'Relationship').map((attrs) => ({
		id: attr(attrs, 'Id') ?? '',
		type: attr(attrs, 'Type') ?? '',
		path: resolvePath(part, decodeXml(attr(attrs, 'Target') ?? ''))
	}));
}

function parseStyles(xml: string): CellStyle[] {
	const formats = new Map<number, string>();
	for (const attrs of tagsOf(xml, 'numFmt')) {
		formats.set(Number(attr(attrs, 'numFmtId')), decodeXml(attr(attrs, 'formatCode') ?? ''));
	}
	const start = xml.indexOf('<cellXfs');
	const end = xml.indexOf('</cellXfs>', start);
	if (start < 0 || end < 0) return [];
	return tagsOf(xml.slice(start, end), 'xf').map((attrs) => {
		const id = Number(attr(attrs, 'numFmtId') ?? 0);
		const format = formats.get(id);
		if (format === undefined) return { date: DATE_IDS.has(id), percent: PERCENT_IDS.has(id) };
		return { date: isDateFormat(format), percent: format.includes('%') };
	});
}

async function readSharedStrings(zip: Zip, path: string | undefined): Promise<string[]> {
	const entry = path === undefined ? undefined : zip.entries.get(path);
	if (!entry) return [];
	const strings: string[] = [];
	await scanText(unpackText(zip.bytes, entry, zip.budget), {
		elements: {
			si: (_, inner) => {
				if (strings.length >= MAX_CELLS) spendCells(zip.budget, MAX_CELLS + 1, '');
				strings.push(stringText(inner));
			}
		}
	});
	return strings;
}

async function readSheet(zip: Zip, entry: ZipEntry, name: string, context: CellContext): Promise<SheetGrid> {
	const rows = new SheetRows(name, zip.budget);
	let next = 1;
	await scanText(unpackText(zip.bytes, entry, zip.budget), {
		elements: {
			row: (attrs, inner) => {
				const r = attr(attrs, 'r');
				const row = r ? Number(r) : next;
				next = row + 1;
				let col = -1;
				let pos = 0;
				for (;;) {
					const lt = inner.indexOf('<c', pos);
					if (lt < 0) break;
					const gt = inner.indexOf('>', lt);
					if (gt < 0) break;
					const code = inner.charCodeAt(lt + 2);
					if (code !== 32 && code !== 62 && code !== 47 && code !== 9 && code !== 10 && code !== 13) {
						pos = lt + 2;
						continue;
					}
					const selfClosing = inner.charCodeAt(gt - 1) === 47;
					const attrs = inner.slice(lt + 2, selfClosing ? gt - 1 : gt);
					const ref = attr(attrs, 'r');
					col = ref ? parseRef(ref).col : col + 1;
					if (selfClosing) {
						pos = gt + 1;
						continue;
					}
					const close = inner.indexOf('</c>', gt);
					if (close < 0) break;
					const text = cellText(attrs, inner.slice(gt + 1, close), context);
					pos = close + 4;
					if (text !== '' && Number.isInteger(row) && row > 0 && col >= 0) rows.set(row, col, text);
				}
			}
		},
		tags: {
			mergeCell: (attrs) => {
				const [from, to] = (attr(attrs, 'ref') ?? '').split(':');
				if (!to) return;
				const a = parseRef(from);
				const b = parseRef(to);
				if ([a.col, a.row, b.col, b.row].every(Number.isFinite)) rows.merge(a.row, a.col, b.row, b.col);
			}
		}
	});
	return await rows.toGrid();
}

async function readXlsx(zip: Zip): Promise<SheetGrid[]> {
	const root = await readRelationships(zip, '');
	const workbookPath = root.find((r) => r.type.endsWith('/officeDocument'))?.path ?? 'xl/workbook.xml';
	const workbookEntry = zip.entries.get(workbookPath);
	if (!workbookEntry) throw new MalformedSpreadsheet();
	const workbook = await readPart(zip.bytes, workbookEntry, zip.budget);
	const rels = await readRelationships(zip, workbookPath);
	const partOf = (type: string) => rels.find((r) => r.type.endsWith(type))?.path;
	const stylesEntry = zip.entries.get(partOf('/styles') ?? 'xl/styles.xml');
	const context: CellContext = {
		styles: stylesEntry ? parseStyles(await readPart(zip.bytes, stylesEntry, zip.budget)) : [],
		strings: await readSharedStrings(zip, partOf('/sharedStrings') ?? 'xl/sharedStrings.xml'),
		date1904: /<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbook)
	};
	const sheets: SheetGrid[] = [];
	const byId = new Map(rels.map((r) => [r.id, r]));
	const visible = tagsOf(workbook, 'sheet').filter((attrs) => {
		const state = attr(attrs, 'state');
		return state !== 'hidden' && state !== 'veryHidden';
	});
	if (visible.length > MAX_SHEETS) refuseSheets();
	for (const attrs of visible) {
		const rel = byId.get(attr(attrs, 'r:id') ?? '');
		const entry = rel?.type.endsWith(TYPE_WORKSHEET) ? zip.entries.get(rel.path) : undefined;
		if (!entry) continue;
		sheets.push(await readSheet(zip, entry, decodeXml(attr(attrs, 'name') ?? ''), context));
	}
	return sheets;
}

function unreadable(format: 'xlsx' | 'ods', fileName: string): SpreadsheetRead {
	const where = { row: 0, column: '', value: '' };
	const key = `imports.problem.unsupported_format.${format}` as const;
	return {
		ok: false,
		format,
		problem: makeProblem(where, 'unsupported_format', { key, params: { name: fileName } })
	};
}

/** The visible sheets of an .xlsx or .ods file, or the problem that refuses it. */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<SpreadsheetRead> {
	const entries = listZip(bytes);
	const nameSaysOds = /\.ods$/i.test(fileName);
	if (!entries) return unreadable(nameSaysOds ? 'ods' : 'xlsx', fileName);
	const zip: Zip = { bytes, entries, budget: newBudget() };
	let format: 'xlsx' | 'ods' = 'xlsx';
	try {
		format = (await isOds(zip, nameSaysOds)) ? 'ods' : 'xlsx';
		const sheets = format === 'ods' ? await readOds(zip) : await readXlsx(zip);
		return { ok: true, format, sheets };
	} catch (error) {
		if (error instanceof SpreadsheetRefusal) {
			const { code, key, params, row, column, sheet } = error.refusal;
			const where = sheet ? { row, column, value: '', sheet } : { row, column, value: '' };
			return { ok: false, format, problem: makeProblem(where, code, { key, params }) };
		}
		if (error instanceof MalformedSpreadsheet) return unreadable(format, fileName);
		throw error;
	}
}

/** The visible worksheets of an .xlsx (or .ods) file, or null when they cannot or may not be read. */
export async function readWorkbook(bytes: Uint8Array): Promise<SheetGrid[] | null> {
	const read = await readSpreadsheet(bytes, '');
	return read.ok ? read.sheets : null;
}

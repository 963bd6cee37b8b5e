// A school list file (.xlsx, or text in any encoding schools' machines write) → rows of cell texts.
import Papa from 'papaparse';
import { decodeText } from '../../imports/decode-text';
import { readWorkbook } from '../../imports/read-xlsx';
import { findUnitHeader } from './parse-rows';
import { unitProblem, type UnitProblem } from './problems';

export type UnitGrid = { rows: string[][]; rowNumbers?: number[]; encoding: string };

const DELIMITERS = [',', ';', '\t'] as const;
const SEPARATOR_LINE = /^sep=([,;\t])[ ]*\r?\n/i;

/** The delimiter under which the header row is found with most columns; else the one splitting most. */
export function pickDelimiter(text: string): (typeof DELIMITERS)[number] {
	const sample = text.slice(0, 65_536);
	let best: (typeof DELIMITERS)[number] = ',';
	let bestScore = -1;
	for (const delimiter of DELIMITERS) {
		const rows = Papa.parse<string[]>(sample, { delimiter, preview: 30 }).data;
		const header = findUnitHeader(rows);
		const splits = rows.reduce((n, r) => n + r.length - 1, 0);
		const score = (header ? header.columns.size * 1_000_000 : 0) + splits;
		if (score > bestScore) [best, bestScore] = [delimiter, score];
	}
	return best;
}

export async function readUnitFile(bytes: Uint8Array): Promise<UnitGrid | { problem: UnitProblem }> {
	if (bytes.length === 0) return { problem: unitProblem(0, '', '', 'no_rows') };
	if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
		const sheets = await readWorkbook(bytes);
		const sheet = sheets?.find((s) => findUnitHeader(s.rows)) ?? null;
		if (!sheets) return { problem: unitProblem(0, '', '', 'unreadable') };
		if (!sheet) return { problem: unitProblem(0, '', '', 'no_header') };
		return { rows: sheet.rows, rowNumbers: sheet.rowNumbers, encoding: 'xlsx' };
	}
	const decoded = decodeText(bytes);
	if (!decoded.ok) return { problem: unitProblem(0, '', '', 'unreadable') };
	let text = decoded.text;
	let delimiter: string | undefined = SEPARATOR_LINE.exec(text)?.[1];
	const rowOffset = delimiter ? 1 : 0;
	if (delimiter) text = text.replace(SEPARATOR_LINE, '');
	delimiter ??= pickDelimiter(text);
	const rows = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;
	// papaparse's own row index is the file's line number for quote-free files; multi-line cells are rare here.
	return { rows, rowNumbers: rows.map((_, i) => i + 1 + rowOffset), encoding: decoded.encoding };
}

// Builds normal and hostile spreadsheets in a temporary folder, then reads each in a fresh Node process
// (so peak RSS is the file's own) while a 5 ms timer measures how long the event loop is kept busy and
// samples RSS (readRssMb; processPeakRssMb also counts tsx's start-up, about 150 MB).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFigureFile } from '../src/lib/server/imports/read-file';
import { dataElements } from '../src/lib/server/catalogue/standard';
import { deflateRepeated, SHEET_HEAD, SHEET_TAIL, writeOds, writeXlsx } from '../tests/helpers/zip';

const SCHOOLS = 2000;
const CODES = 60;
const codes = () => dataElements.slice(0, CODES).map((e) => e.code);
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

function xfdSheet(filled: boolean): Uint8Array {
	const rows = [
		`<row r="1">${inline('A1', 'Mã trường')}${inline('B1', 'Kỳ báo cáo')}${inline('C1', 'TH_TS_HS')}</row>`
	];
	for (let r = 2; r <= SCHOOLS; r++) {
		const far = filled ? `<c r="XFD${r}"><v>1</v></c>` : `<c r="XFD${r}" s="1"/>`;
		rows.push(
			`<row r="${r}">${inline(`A${r}`, `S${r}`)}${inline(`B${r}`, '2024-2025/CUOI_NAM')}<c r="C${r}"><v>${r}</v></c>${far}</row>`
		);
	}
	return writeXlsx(SHEET_HEAD + rows.join('') + SHEET_TAIL);
}

function longXlsx(rows: number): Uint8Array {
	const parts = [
		`<row r="1">${inline('A1', 'ma_truong')}${inline('B1', 'ky_bao_cao')}${inline('C1', 'ma_chi_so')}${inline('D1', 'gia_tri')}${inline('E1', 'ghi_chu')}</row>`
	];
	const list = codes();
	for (let r = 2; r <= rows + 1; r++) {
		const school = `S${String(Math.floor(r / CODES)).padStart(5, '0')}`;
		parts.push(
			`<row r="${r}">${inline(`A${r}`, school)}${inline(`B${r}`, '2024-2025/CUOI_NAM')}${inline(`C${r}`, list[r % CODES])}<c r="D${r}"><v>${r % 5000}</v></c>${inline(`E${r}`, 'Ghi chú dài của trường')}</row>`
		);
	}
	return writeXlsx(SHEET_HEAD + parts.join('') + SHEET_TAIL);
}

/** Unique Vietnamese texts in every cell, up to just under the unpacked budget: the most memory a file may cost. */
function textHeavyXlsx(): Uint8Array {
	const parts: string[] = [];
	let size = 0;
	for (let r = 1; size < 95 * 2 ** 20; r++) {
		const cells: string[] = [];
		for (let c = 0; c < 10; c++)
			cells.push(`<c t="inlineStr"><is><t>Trường Tiểu học số ${r}-${c} Hải An</t></is></c>`);
		const row = `<row>${cells.join('')}</row>`;
		parts.push(row);
		size += Buffer.byteLength(row);
	}
	return writeXlsx(SHEET_HEAD + parts.join('') + SHEET_TAIL);
}

function wideOds(): Uint8Array {
	const cell = (t: string) =>
		`<table:table-cell office:value-type="string"><text:p>${t}</text:p></table:table-cell>`;
	const rows = [
		`<table:table-row>${['Mã trường', 'Kỳ báo cáo', ...codes()].map(cell).join('')}<table:table-cell table:number-columns-repeated="16322"/></table:table-row>`
	];
	for (let s = 1; s <= SCHOOLS; s++) {
		const values = codes().map(
			(_, c) =>
				`<table:table-cell office:value-type="float" office:value="${(s * 37 + c * 101) % 5000}"><text:p>x</text:p></table:table-cell>`
		);
		rows.push(
			`<table:table-row>${cell(`S${String(s).padStart(5, '0')}`)}${cell('2024-2025/CUOI_NAM')}${values.join('')}<table:table-cell table:number-columns-repeated="16322"/></table:table-row>`
		);
	}
	rows.push(
		'<table:table-row table:number-rows-repeated="1046575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
	);
	return writeOds(`<table:table table:name="Số liệu">${rows.join('')}</table:table>`);
}

/** One filled row repeated up to the cell budget: rows that cost nothing in the file but memory once copied. */
function repeatedOds(): Uint8Array {
	const cell =
		'<table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell>';
	return writeOds(
		`<table:table table:name="T"><table:table-row table:number-rows-repeated="${2_000_000 - 1}">${cell}</table:table-row></table:table>`
	);
}

function bomb(): Uint8Array {
	const row = `<row><c t="inlineStr"><is><t>${'x'.repeat(1000)}</t></is></c></row>`;
	return writeXlsx({ ...deflateRepeated(SHEET_HEAD, row.repeat(1000), 1024, SHEET_TAIL), size: 1000 });
}

function cellBomb(): Uint8Array {
	return writeXlsx(
		deflateRepeated(SHEET_HEAD, `<row>${'<c><v>1</v></c>'.repeat(100)}</row>`, 30_000, SHEET_TAIL)
	);
}

/** In the child: read one file, print time, peak RSS and the longest stall of a 5 ms timer. */
export async function readOne(path: string): Promise<void> {
	const bytes = new Uint8Array(readFileSync(path));
	const before = process.memoryUsage().rss;
	let last = performance.now();
	let stall = 0;
	let sampledRss = before;
	const timer = setInterval(() => {
		sampledRss = Math.max(sampledRss, process.memoryUsage.rss());
		const now = performance.now();
		stall = Math.max(stall, now - last);
		last = now;
	}, 5);
	const started = performance.now();
	const cpu = process.cpuUsage();
	const result = await readFigureFile(bytes, path);
	const ms = performance.now() - started;
	const used = process.cpuUsage(cpu);
	clearInterval(timer);
	const problems = [...new Set(result.problems.map((p) => p.code))].join(',') || '-';
	console.log(
		JSON.stringify({
			ms: Math.round(ms),
			cpuMs: Math.round((used.user + used.system) / 1000),
			figures: result.records.length,
			problems,
			startRssMb: Math.round(before / 2 ** 20),
			readRssMb: Math.round(Math.max(sampledRss, process.memoryUsage.rss()) / 2 ** 20),
			processPeakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
			longestStallMs: Math.round(stall)
		})
	);
}

export async function measureSpreadsheets(wideXlsx: Uint8Array): Promise<void> {
	const dir = mkdtempSync(join(tmpdir(), 'measure-sheets-'));
	const only = process.env.ONLY;
	const files: [string, string, () => Uint8Array][] = [
		['wide 2,000-school .xlsx (exceljs)', 'wide.xlsx', () => wideXlsx],
		['long 249,000-row .xlsx (1.25 M cells)', 'long.xlsx', () => longXlsx(249_000)],
		['95 MB of unique Vietnamese text cells', 'text.xlsx', textHeavyXlsx],
		['zip bomb (→ 1 GB sheet)', 'bomb.xlsx', bomb],
		['.ods row repeated 1,999,999 times', 'repeated.ods', repeatedOds],
		['cell bomb (3 M cells)', 'cells.xlsx', cellBomb],
		['2,000 rows with a filled XFD cell', 'xfd.xlsx', () => xfdSheet(true)],
		['2,000 rows with an empty styled XFD cell', 'xfd-empty.xlsx', () => xfdSheet(false)],
		['wide 2,000-school .ods (+1 M empty repeated rows)', 'wide.ods', wideOds]
	];
	try {
		for (const [label, name, build] of files) {
			if (only && !name.startsWith(only)) continue;
			const path = join(dir, name);
			const bytes = build();
			writeFileSync(path, bytes);
			const out = execFileSync(
				process.execPath,
				['--import', 'tsx', 'scripts/measure-spreadsheets.ts', path],
				{
					encoding: 'utf8'
				}
			);
			console.log(`${label}, ${(bytes.length / 2 ** 20).toFixed(2)} MB: ${out.trim()}`);
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

if (process.argv[1]?.endsWith('measure-spreadsheets.ts') && process.argv[2]) await readOne(process.argv[2]);

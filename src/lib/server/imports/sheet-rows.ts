// The filled cells of one sheet, kept by row number; rows end at their last filled cell, never padded to
// a far column. Merged ranges are applied at the end with the semantics of the old exceljs reader.
import { setImmediate as pause } from 'node:timers/promises';
import { checkColumn, MAX_CELLS, MAX_COLUMNS, spendCells, type Budget } from './spreadsheet-limits';

export type SheetGrid = { sheet: string; rows: string[][]; rowNumbers: number[] };
type Merge = { r1: number; c1: number; r2: number; c2: number };

function setAt(cells: string[], col: number, text: string): void {
	while (cells.length < col) cells.push('');
	cells[col] = text;
}

export class SheetRows {
	private readonly rows = new Map<number, string[]>();
	private readonly merges: Merge[] = [];
	private readonly shared = new Set<string[]>();

	constructor(
		readonly sheet: string,
		private readonly budget: Budget
	) {}

	/** A filled cell, 1-based row and 0-based column; refuses a column beyond the limit. */
	set(row: number, col: number, text: string): void {
		checkColumn(col, row, this.sheet);
		spendCells(this.budget, 1, this.sheet);
		let cells = this.rows.get(row);
		if (!cells) this.rows.set(row, (cells = []));
		setAt(cells, col, text);
	}

	/** The same filled cells again at another row (a row the file repeats); shared until a merge changes it. */
	copyRow(from: number, to: number): void {
		const cells = this.rows.get(from);
		if (!cells) return;
		spendCells(this.budget, cells.length, this.sheet);
		this.shared.add(cells);
		this.rows.set(to, cells);
	}

	private own(row: number, cells: string[]): string[] {
		if (!this.shared.has(cells)) return cells;
		const copy = cells.slice();
		this.rows.set(row, copy);
		return copy;
	}

	merge(r1: number, c1: number, r2: number, c2: number): void {
		if (r2 < r1 || c2 < c1 || c1 >= MAX_COLUMNS) return;
		if (r1 === r2 && c1 === c2) return;
		this.merges.push({ r1, c1, r2, c2: Math.min(c2, MAX_COLUMNS - 1) });
	}

	private applyMerges(): void {
		// Bounds the work of many merges over many rows that carry no text to share.
		let steps = MAX_CELLS * 10;
		for (const { r1, c1, r2, c2 } of this.merges) {
			const master = this.rows.get(r1)?.[c1] ?? '';
			// A merge across columns keeps its text in the first column only; down a column, every row shares it.
			const blankRight = (cells: string[]) => {
				for (let c = c1 + 1; c <= c2 && c < cells.length; c++) cells[c] = '';
			};
			if (master !== '') {
				spendCells(this.budget, r2 - r1, this.sheet);
				for (let r = r1; r <= r2; r++) {
					let cells = this.rows.get(r);
					if (!cells) this.rows.set(r, (cells = []));
					cells = this.own(r, cells);
					setAt(cells, c1, master);
					blankRight(cells);
				}
				continue;
			}
			const visit = (r: number, row: string[]) => {
				const cells = this.own(r, row);
				if (r > r1 && c1 < cells.length) cells[c1] = '';
				blankRight(cells);
			};
			if (r2 - r1 < this.rows.size) {
				steps -= r2 - r1 + 1;
				for (let r = r1; r <= r2; r++) {
					const cells = this.rows.get(r);
					if (cells) visit(r, cells);
				}
			} else {
				steps -= this.rows.size;
				for (const [r, cells] of this.rows) if (r >= r1 && r <= r2) visit(r, cells);
			}
			if (steps < 0) spendCells(this.budget, MAX_CELLS + 1, this.sheet);
		}
	}

	async toGrid(): Promise<SheetGrid> {
		this.applyMerges();
		let entries: [number, string[]][] = [];
		let ordered = true;
		let last = -Infinity;
		for (const entry of this.rows) {
			if (entry[1].length === 0) continue;
			if (entry[0] < last) ordered = false;
			last = entry[0];
			entries.push(entry);
			if (entries.length % 100_000 === 0) await pause();
		}
		this.rows.clear();
		// Rows come in order unless a merge added some; only then is sorting worth its time.
		if (!ordered) entries = entries.sort((a, b) => a[0] - b[0]);
		return { sheet: this.sheet, rows: entries.map((e) => e[1]), rowNumbers: entries.map((e) => e[0]) };
	}
}

/** 0-based column and 1-based row of a reference such as 'XFD1'; NaN parts when absent. */
export function parseRef(ref: string): { col: number; row: number } {
	let col = 0;
	let i = 0;
	for (; i < ref.length; i++) {
		const code = ref.charCodeAt(i) & ~32;
		if (code < 65 || code > 90) break;
		col = col * 26 + (code - 64);
	}
	return { col: i === 0 ? NaN : col - 1, row: i < ref.length ? Number(ref.slice(i)) : NaN };
}

// Rows of a school list → records, each field checked on its own (the tree is checked in plan.ts). Pure.
import {
	matchUnitHeader,
	normaliseCode,
	parseOwnership,
	parseSchoolLevel,
	parseUnitType,
	UNIT_FIELDS,
	type ImportedUnitType,
	type Ownership,
	type SchoolLevel,
	type UnitField
} from './columns';
import { unitProblem, type UnitProblem } from './problems';

export type OptionalField = 'ministryCode' | 'address' | 'phone' | 'head';
export const OPTIONAL_FIELDS: OptionalField[] = ['ministryCode', 'address', 'phone', 'head'];

export type UnitRecord = {
	row: number;
	code: string;
	name: string;
	type: ImportedUnitType;
	parent: string | null;
	level: SchoolLevel | null;
	ownership: Ownership | null;
	/** Only the optional columns the file has; a column left out keeps what is stored. */
	optional: Partial<Record<OptionalField, string | null>>;
};

export type ParsedUnits = {
	records: UnitRecord[];
	problems: UnitProblem[];
	headers: Partial<Record<UnitField, string>>;
	/** Codes of rows refused here: other rows may name them as parents without a second error. */
	refusedCodes: Set<string>;
};

const HEADER_SEARCH_ROWS = 20;

/** The first row naming at least the code and the name columns. */
export function findUnitHeader(
	rows: readonly (readonly string[])[]
): { index: number; columns: Map<UnitField, number> } | null {
	for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
		const columns = new Map<UnitField, number>();
		rows[i].forEach((cell, c) => {
			const field = matchUnitHeader(cell ?? '');
			if (field && !columns.has(field)) columns.set(field, c);
		});
		if (columns.has('code') && columns.has('name')) return { index: i, columns };
	}
	return null;
}

export function parseUnitRows(
	rows: readonly (readonly string[])[],
	rowNumbers?: readonly number[]
): ParsedUnits {
	const header = findUnitHeader(rows);
	if (!header)
		return {
			records: [],
			problems: [unitProblem(0, '', '', 'no_header')],
			headers: {},
			refusedCodes: new Set()
		};
	const headers: Partial<Record<UnitField, string>> = {};
	for (const [field, c] of header.columns) headers[field] = rows[header.index][c].trim();
	const problems: UnitProblem[] = [];
	for (const field of ['type', 'parent'] as const) {
		if (!header.columns.has(field)) problems.push(unitProblem(0, field, '', 'missing_column', { field }));
	}
	if (problems.length) return { records: [], problems, headers, refusedCodes: new Set() };

	const records: UnitRecord[] = [];
	const refusedCodes = new Set<string>();
	const seen = new Map<string, number>();
	for (let i = header.index + 1; i < rows.length; i++) {
		const cells = rows[i];
		const row = rowNumbers?.[i] ?? i + 1;
		const get = (field: UnitField) => {
			const c = header.columns.get(field);
			return c === undefined ? '' : (cells[c] ?? '').normalize('NFC').trim();
		};
		if (UNIT_FIELDS.every((f) => get(f) === '')) continue;
		const column = (field: UnitField) => headers[field] ?? field;
		const before = problems.length;

		const code = normaliseCode(get('code'));
		if (!code) problems.push(unitProblem(row, column('code'), get('code'), 'bad_code'));
		else if (seen.has(code)) {
			problems.push(unitProblem(row, column('code'), code, 'duplicate_code', { other: seen.get(code)! }));
		} else seen.set(code, row);

		const name = get('name');
		if (!name) problems.push(unitProblem(row, column('name'), '', 'missing_name'));
		const type = parseUnitType(get('type'));
		if (!type) problems.push(unitProblem(row, column('type'), get('type'), 'bad_type'));

		let parent: string | null = null;
		if (get('parent')) {
			parent = normaliseCode(get('parent'));
			if (!parent) problems.push(unitProblem(row, column('parent'), get('parent'), 'bad_code'));
		}

		let level: SchoolLevel | null = null;
		let ownership: Ownership | null = null;
		if (type === 'school') {
			level = parseSchoolLevel(get('level'));
			if (!level) problems.push(unitProblem(row, column('level'), get('level'), 'bad_level'));
			ownership = parseOwnership(get('ownership'));
			if (!ownership) problems.push(unitProblem(row, column('ownership'), get('ownership'), 'bad_ownership'));
		} else if (type) {
			for (const field of ['level', 'ownership', 'ministryCode'] as const) {
				if (get(field)) problems.push(unitProblem(row, column(field), get(field), 'not_a_school_field'));
			}
		}

		const optional: UnitRecord['optional'] = {};
		for (const field of OPTIONAL_FIELDS) {
			if (header.columns.has(field)) optional[field] = get(field) || null;
		}
		if (problems.length === before) {
			records.push({ row, code: code!, name, type: type!, parent, level, ownership, optional });
		} else if (code) refusedCodes.add(code);
	}
	if (records.length === 0 && problems.length === 0) problems.push(unitProblem(0, '', '', 'no_rows'));
	return { records, problems, headers, refusedCodes };
}

import { describe, expect, it } from 'vitest';
import { toUnitImportBody, unitImportStatus } from './api-body';
import { unitProblem } from './problems';

describe('the answer of POST /api/units/import', () => {
	it('has exactly status, units and errors (row, column, value, code, message in both languages)', () => {
		const problem = unitProblem(4, 'Cấp học', 'Đại học', 'bad_level');
		const body = toUnitImportBody({
			status: 'rejected',
			encoding: 'windows-1258',
			units: { new: 0, changed: 0, unchanged: 0 },
			errors: [problem],
			forbidden: false
		});
		expect(Object.keys(body)).toEqual(['status', 'units', 'errors']);
		expect(body.errors).toEqual([
			{ row: 4, column: 'Cấp học', value: 'Đại học', code: 'bad_level', message: problem.message }
		]);
		expect(Object.keys(body.errors[0].message)).toEqual(['vi', 'en']);
	});

	it('answers 422 when rejected, 403 outside the caller’s rights, 200 otherwise', () => {
		const base = { encoding: null, units: { new: 1, changed: 0, unchanged: 0 }, errors: [] };
		expect(unitImportStatus({ ...base, status: 'preview', forbidden: false })).toBe(200);
		expect(unitImportStatus({ ...base, status: 'unchanged', forbidden: false })).toBe(200);
		expect(unitImportStatus({ ...base, status: 'rejected', forbidden: false })).toBe(422);
		expect(unitImportStatus({ ...base, status: 'rejected', forbidden: true })).toBe(403);
	});
});

import { describe, expect, it } from 'vitest';
import { findIncompleteReports, warnIncomplete } from './check-complete';
import type { FigureState, PeriodInfo, PlannedFigure, References, UnitInfo } from './plan';
import { elementInfo } from '../../../../tests/helpers/plan-fixtures';

const element = (id: number, code: string, levels: string[], forms: string[]) =>
	elementInfo(id, code, { levels, forms });
const elements = [
	element(1, 'TH_TS_HS', ['TH'], ['DAU_NAM']),
	element(2, 'TH_TS_LOP', ['TH'], ['DAU_NAM']),
	element(3, 'GV_TS', ['TH', 'THCS'], ['DAU_NAM']),
	element(4, 'THCS_TS_HS', ['THCS'], ['DAU_NAM'])
];
const school: UnitInfo = {
	id: 10,
	code: 'S1',
	name: 'TH A',
	type: 'school',
	path: '1.10.',
	schoolLevel: 'TH'
};
const period: PeriodInfo = {
	id: 5,
	ref: '2024-2025/DAU_NAM',
	yearCode: '2024-2025',
	key: 'DAU_NAM',
	formCode: 'DAU_NAM',
	status: 'open',
	labelVi: 'Đầu năm',
	labelEn: 'Start',
	previousId: null
};
const refs: References = {
	elements: new Map(elements.map((e) => [e.code, e])),
	units: new Map([[school.code, school]]),
	periods: new Map([[period.ref, period]]),
	periodsById: new Map([[period.id, period]]),
	closures: new Map(),
	exceptions: new Map(),
	rates: []
};
const planned = (row: number, elementId: number): PlannedFigure => ({
	row,
	column: 'gia_tri',
	raw: '1',
	unitId: school.id,
	periodId: period.id,
	elementId,
	code: elements.find((e) => e.id === elementId)!.code,
	value: 1,
	comment: null,
	before: null,
	change: 'new'
});
const empty: FigureState = { submissions: new Map(), current: new Map(), previous: new Map() };

describe('findIncompleteReports', () => {
	it('names the required figures the file leaves out', () => {
		const out = findIncompleteReports([planned(2, 1)], refs, empty);
		expect(out.map((r) => [r.unit.code, r.periodRef, r.missing])).toEqual([
			['S1', '2024-2025/DAU_NAM', ['TH_TS_LOP', 'GV_TS']]
		]);
	});

	it('counts figures already stored for the report (file over stored)', () => {
		const state: FigureState = {
			submissions: new Map([['10:5', { id: 99, unitId: 10, periodId: 5, status: 'submitted', version: 1 }]]),
			current: new Map([[99, new Map([[2, { value: 3, comment: null }]])]]),
			previous: new Map()
		};
		const out = findIncompleteReports([planned(2, 1)], refs, state);
		expect(out[0].missing).toEqual(['GV_TS']);
		expect(findIncompleteReports([planned(2, 1), planned(3, 3)], refs, state)).toEqual([]);
	});

	it('one warning per report, bounded to ten codes with a count of the rest', () => {
		const many = Array.from({ length: 12 }, (_, i) => `C${i}`);
		const [w] = warnIncomplete([{ unit: school, periodRef: period.ref, missing: many, firstRow: 2 }]);
		expect(w.code).toBe('report_incomplete');
		expect(w.severity).toBe('warning');
		expect(w.row).toBe(0);
		expect(w.message.vi).toContain('12 chỉ số');
		expect(w.message.en).toContain('C9 and 2 more');
		expect(w.message.en).not.toContain('C10');
	});
});

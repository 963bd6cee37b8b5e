import { describe, expect, it } from 'vitest';
import { buildPreview } from './preview';
import type { FigureState, PlannedFigure, References, UnitInfo } from './plan';
import { elementInfo, periodInfo } from '../../../../tests/helpers/plan-fixtures';

const unit = (id: number, code: string): UnitInfo => ({
	id,
	code,
	name: `Trường ${code}`,
	type: 'school',
	path: `/1/${id}/`,
	schoolLevel: 'TH'
});
const period = periodInfo(7, '2025-2026/CUOI_NAM');
const units = [unit(1, 'B-SCHOOL'), unit(2, 'A-SCHOOL')];
const elements = [
	elementInfo(10, 'TH_HS', { sortOrder: 2 }),
	elementInfo(11, 'TH_HS_HTXS', { sortOrder: 1 })
];
const refs: References = {
	elements: new Map(elements.map((e) => [e.code, e])),
	units: new Map(units.map((u) => [u.code, u])),
	periods: new Map([[period.ref, period]]),
	periodsById: new Map([[period.id, period]]),
	closures: new Map(),
	exceptions: new Map(),
	rates: []
};
const state: FigureState = { submissions: new Map(), current: new Map(), previous: new Map() };

function figure(
	row: number,
	unitId: number,
	elementId: number,
	change: PlannedFigure['change']
): PlannedFigure {
	const e = elements.find((x) => x.id === elementId)!;
	return {
		row,
		column: 'gia_tri',
		raw: String(row),
		unitId,
		periodId: period.id,
		elementId,
		code: e.code,
		value: row,
		comment: null,
		before: change === 'new' ? null : { value: change === 'changed' ? 0 : row, comment: null },
		change
	};
}

describe('buildPreview', () => {
	it('groups each report’s figures even when the file interleaves reports, schools in code order', () => {
		const figures = [
			figure(2, 1, 10, 'new'),
			figure(3, 2, 10, 'unchanged'),
			figure(4, 1, 11, 'changed'),
			figure(5, 2, 11, 'new')
		];
		const schools = buildPreview(figures, refs, state);
		expect(schools.map((s) => s.schoolCode)).toEqual(['A-SCHOOL', 'B-SCHOOL']);
		expect(schools[0].counts).toEqual({ new: 1, changed: 0, unchanged: 1 });
		expect(schools[1].counts).toEqual({ new: 1, changed: 1, unchanged: 0 });
		// Changes first, then the catalogue's order.
		expect(schools[1].items.map((i) => i.code)).toEqual(['TH_HS_HTXS', 'TH_HS']);
		expect(schools[0].items.map((i) => [i.code, i.change])).toEqual([
			['TH_HS_HTXS', 'new'],
			['TH_HS', 'unchanged']
		]);
	});

	it('shows at most the items asked for and counts the rest', () => {
		const figures = [figure(2, 1, 10, 'new'), figure(3, 1, 11, 'new'), figure(4, 2, 10, 'new')];
		const schools = buildPreview(figures, refs, state, 2);
		expect(schools.map((s) => [s.schoolCode, s.items.length, s.more])).toEqual([
			['A-SCHOOL', 1, 0],
			['B-SCHOOL', 1, 1]
		]);
	});
});

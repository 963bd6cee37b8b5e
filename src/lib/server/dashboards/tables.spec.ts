import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../exports/table-file';
import { buildScorecard } from './scorecard';
import { schoolLinesTable, scorecardTable } from './tables';
import type { IndicatorMeta } from './catalogue';
import type { EvaluationRow } from '../../domain/evaluation';
import type { SchoolLine } from './indicator';

const meta = {
	code: 'GV_TL_DATCHUAN',
	nameVi: 'Tỷ lệ giáo viên đạt chuẩn',
	nameEn: 'Qualified teachers',
	group: 'staff',
	unit: 'percent',
	direction: 'higher',
	sortOrder: 1,
	levels: ['TH'],
	forms: ['CUOI_NAM']
} as unknown as IndicatorMeta;

const row = {
	unit: 'S1',
	unitName: 'TH A',
	unitType: 'school',
	indicator: 'GV_TL_DATCHUAN',
	indicatorUnit: 'percent',
	direction: 'higher',
	period: 'CUOI_NAM',
	actualPeriod: null,
	actual: null,
	numerator: null,
	denominator: null,
	target: null,
	gap: null,
	percentOfTarget: null,
	status: 'no_data',
	projection: null,
	baseline: null
} as unknown as EvaluationRow;

const csvLines = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace('\uFEFF', '').split('\r\n');

describe('a missing value in the dashboards’ tables', () => {
	it('stays null in the scorecard and its spark, and is an empty cell in the download', () => {
		const groups = buildScorecard({
			indicators: [meta],
			self: [row],
			children: [],
			spark: new Map([['GV_TL_DATCHUAN', [97.5, null]]])
		});
		const cell = groups[0].rows[0];
		expect(cell.actual).toBeNull();
		expect(cell.spark).toEqual([97.5, null]);
		const table = scorecardTable('vi', 'Bảng', groups, false);
		expect(table.rows[0][3]).toBeNull();
		expect(csvLines(tableToCsv(table))[1].split(',')[3]).toBe('');
	});

	it('is an empty cell for a school without data in the ranked download', () => {
		const line = {
			code: 'S1',
			name: 'TH A',
			actual: null,
			gap: null,
			status: 'no_data',
			targetText: null,
			ownTarget: false
		} as unknown as SchoolLine;
		const table = schoolLinesTable('en', 'Ranked', [line]);
		expect(table.rows[0][3]).toBeNull();
		expect(table.rows[0][6]).toBeNull();
		expect(csvLines(tableToCsv(table))[1].split(',')[3]).toBe('');
	});
});

describe('the same period last year in the scorecard', () => {
	it('puts last year’s value and the change in points beside the value, and in the download', () => {
		const now = { ...row, actual: 97.5 } as EvaluationRow;
		const before = { ...row, actual: 95.25 } as EvaluationRow;
		const [group] = buildScorecard({ indicators: [meta], self: [now], children: [], previous: [before] });
		expect(group.rows[0]).toMatchObject({ lastYear: 95.25, change: 2.3 });
		const table = scorecardTable('en', 'Scorecard', [group], false);
		const at = table.columns.findIndex((c) => c.label === 'Same period last year');
		expect(at).toBeGreaterThan(0);
		expect(table.rows[0].slice(at, at + 2)).toEqual([95.25, 2.3]);
	});

	it('has no change when last year has no row or no data', () => {
		const now = { ...row, actual: 97.5 } as EvaluationRow;
		const [none] = buildScorecard({ indicators: [meta], self: [now], children: [] });
		expect(none.rows[0]).toMatchObject({ lastYear: null, change: null });
		const [gap] = buildScorecard({ indicators: [meta], self: [now], children: [], previous: [row] });
		expect(gap.rows[0]).toMatchObject({ lastYear: null, change: null });
	});
});

import { describe, expect, it } from 'vitest';
import { arrangeFigures, summariseCompleteness } from './snapshot';
import type { EvaluationRow } from '../../domain/evaluation';
import type { IndicatorMeta } from '../dashboards/catalogue';

const meta = (code: string, group: IndicatorMeta['group'], sortOrder: number): IndicatorMeta => ({
	code,
	nameVi: `Tên ${code}`,
	nameEn: code,
	group,
	unit: 'percent',
	direction: 'higher',
	levels: ['TH'],
	sortOrder,
	forms: []
});

const row = (
	unit: string,
	indicator: string,
	status: EvaluationRow['status'],
	target = true
): EvaluationRow => ({
	unit,
	unitName: `Trường ${unit}`,
	indicator,
	period: 'CUOI_NAM',
	actual: 90,
	numerator: 9,
	denominator: 10,
	target: target
		? {
				comparator: 'gte',
				min: null,
				max: null,
				value: 97,
				scope: 'area',
				groupCode: null,
				judgedAt: 'CUOI_NAM',
				baseline: null,
				planUnit: 'HAIAN'
			}
		: null,
	gap: -7,
	percentOfTarget: null,
	status,
	projection: null,
	direction: 'higher',
	unitType: unit === 'HAIAN' ? 'district' : 'school',
	indicatorUnit: 'percent',
	actualPeriod: 'CUOI_NAM',
	baseline: null
});

describe('arrangeFigures', () => {
	const indicators = [meta('B', 'quality', 2), meta('A', 'scale', 1), meta('C', 'quality', 3)];
	const rows = [
		row('HAIAN', 'B', 'off_track'),
		row('HAIAN', 'A', 'met'),
		row('HAIAN', 'C', 'no_data', false),
		row('S1', 'A', 'met'),
		row('S1', 'B', 'off_track'),
		row('S2', 'A', 'off_track'),
		row('S2', 'B', 'off_track'),
		row('S3', 'B', 'no_data', false)
	];
	const out = arrangeFigures({ area: { code: 'HAIAN', type: 'district' }, indicators, rows });

	it('keeps the area’s rows with a target, grouped like the plan, in catalogue order', () => {
		expect(out.groups.map((g) => [g.key, g.rows.map((r) => r.code)])).toEqual([
			['scale', ['A']],
			['quality', ['B']]
		]);
		expect(out.groups[1].rows[0]).toMatchObject({ status: 'off_track', actual: 90, judged: 2, offTrack: 2 });
		expect(out.groups[0].rows[0]).toMatchObject({
			judged: 2,
			offTrack: 1,
			targetText: expect.stringContaining('97')
		});
	});

	it('lists the schools off track, most misses first', () => {
		expect(out.underTarget.map((u) => [u.code, u.misses.map((m) => m.code)])).toEqual([
			['S2', ['A', 'B']],
			['S1', ['B']]
		]);
		expect(out.subUnits).toBe('schools');
	});
});

describe('summariseCompleteness', () => {
	it('names the schools not received and those late', () => {
		const c = summariseCompleteness(
			{ expected: 4, received: 2, onTime: 1, late: 1, missing: 2, completeness: 50, timeliness: 25 },
			[
				{ name: 'A', state: 'on_time' },
				{ name: 'B', state: 'late' },
				{ name: 'C', state: 'returned' },
				{ name: 'D', state: 'incomplete' }
			]
		);
		expect(c.notReceived).toEqual(['C', 'D']);
		expect(c.lateSchools).toEqual(['B']);
	});
});

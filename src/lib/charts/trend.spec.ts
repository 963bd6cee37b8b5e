import { describe, expect, it } from 'vitest';
import { buildTrendOption, trendTable, type TrendInput } from './trend';
import { isYearOverYearEmpty } from './common';
import { STATUS_COLORS } from './palette';

const statusLabels = {
	met: 'Đạt',
	on_track: 'Đúng tiến độ',
	at_risk: 'Có nguy cơ',
	off_track: 'Chưa đạt',
	above_band: 'Vượt khoảng',
	no_data: 'Chưa có số liệu'
};
const base: TrendInput = {
	periods: ['Đầu năm', 'Học kỳ I', 'Cuối năm'],
	current: [52, 56, 61],
	previous: [50, 54, 58],
	statuses: ['on_track', 'on_track', 'above_band'],
	guide: { kind: 'band', min: 55, max: 60 },
	unit: 'percent',
	names: { current: '2024-2025', previous: '2023-2024', target: 'Chỉ tiêu', status: 'Đánh giá' },
	statusLabels
};
type Series = { name: string; markArea?: { data: unknown }; markLine?: { data: unknown }; data: unknown[] };

describe('buildTrendOption', () => {
	it('draws a range target as a band (markArea) between its min and max', () => {
		const option = buildTrendOption('vi', base)!;
		const series = option.series as Series[];
		const current = series.find((s) => s.name === '2024-2025')!;
		expect(current.markArea?.data).toEqual([[{ yAxis: 55 }, { yAxis: 60 }]]);
		const axis = option.yAxis as { min: number; max: number };
		expect(axis.min).toBeLessThanOrEqual(50);
		expect(axis.max).toBeGreaterThanOrEqual(61);
	});

	it('draws a bound as a line, and the previous year beside this one', () => {
		const option = buildTrendOption('en', {
			...base,
			guide: { kind: 'line', value: 97, comparator: 'gte' }
		})!;
		const series = option.series as Series[];
		expect(series.map((s) => s.name)).toEqual(['2023-2024', '2024-2025', 'Chỉ tiêu ≥ 97%']);
		expect(series[1].markLine?.data).toEqual([{ yAxis: 97 }]);
		expect(series[1].markArea).toBeUndefined();
	});

	it('colours each point by its status', () => {
		const series = buildTrendOption('vi', base)!.series as Series[];
		const points = series[1].data as { itemStyle: { color: string } }[];
		expect(points[2].itemStyle.color).toBe(STATUS_COLORS.above_band);
	});

	it('keeps a missing point as null (a gap), never 0, in the series and the table', () => {
		const gap = {
			...base,
			current: [52, null, 61],
			statuses: ['on_track', null, 'met'] as TrendInput['statuses']
		};
		const series = buildTrendOption('vi', gap)!.series as Series[];
		expect(series[1].data[1]).toBeNull();
		const table = trendTable('vi', gap);
		expect(table.rows[1][1]).toBe('—');
	});

	it('returns nothing for empty data, so the page shows "Chưa có số liệu"', () => {
		const empty = { ...base, current: [null, null, null], previous: null };
		expect(isYearOverYearEmpty(empty)).toBe(true);
		expect(buildTrendOption('vi', empty)).toBeNull();
	});

	it('tabulates the figures with the status in words', () => {
		const table = trendTable('vi', base);
		expect(table.columns).toEqual(['', '2024-2025', 'Đánh giá', '2023-2024']);
		expect(table.rows[2]).toEqual(['Cuối năm', '61\u00a0%', '▲ Vượt khoảng', '58\u00a0%']);
	});
});

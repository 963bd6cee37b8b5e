import { describe, expect, it } from 'vitest';
import { buildMonthlyOption, monthlyTable, type MonthlyInput } from './monthly';
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
const base: MonthlyInput = {
	months: ['T9', 'T10', 'T11', 'T12'],
	current: [80, null, 95, 100],
	previous: [70, 75, null, 90],
	statuses: ['off_track', null, 'at_risk', 'met'],
	guide: { kind: 'line', value: 100, comparator: 'gte' },
	unit: 'percent',
	names: {
		month: 'Tháng',
		current: '2024-2025',
		previous: '2023-2024',
		target: 'Chỉ tiêu',
		status: 'Đánh giá'
	},
	statusLabels
};
type Series = { type: string; name: string; data: unknown[]; markLine?: { data: unknown } };

describe('buildMonthlyOption', () => {
	it('draws this year as bars coloured by status, with a gap for a month without figures', () => {
		const option = buildMonthlyOption('vi', base)!;
		const [bars] = option.series as Series[];
		expect(bars.type).toBe('bar');
		expect(bars.data[1]).toBeNull();
		expect(bars.data[0]).toEqual({ value: 80, itemStyle: { color: STATUS_COLORS.off_track } });
		expect(bars.markLine?.data).toEqual([{ yAxis: 100 }]);
		expect((option.xAxis as { data: string[] }).data).toEqual(base.months);
	});

	it('draws the same months of last year as a dashed line, and leaves it out when empty', () => {
		const option = buildMonthlyOption('vi', base)!;
		const line = (option.series as Series[]).find((s) => s.name === '2023-2024')!;
		expect(line.type).toBe('line');
		expect(line.data).toEqual([70, 75, null, 90]);
		const alone = buildMonthlyOption('vi', { ...base, previous: [null, null, null, null] })!;
		// Without last year: this year's bars and the target's legend entry only.
		const names = (alone.series as Series[]).map((s) => s.name);
		expect(names).toHaveLength(2);
		expect(names[0]).toBe('2024-2025');
		expect(names[1]).toMatch(/^Chỉ tiêu ≥ 100\s%$/u);
	});

	it('keeps a percentage axis within 0–100 and starts it at zero', () => {
		const y = buildMonthlyOption('vi', base)!.yAxis as { min: number; max: number };
		expect(y.min).toBe(0);
		expect(y.max).toBeLessThanOrEqual(100);
	});

	it('draws nothing without any figure', () => {
		const empty = { ...base, current: [null, null, null, null], previous: null };
		expect(isYearOverYearEmpty(empty)).toBe(true);
		expect(buildMonthlyOption('vi', empty)).toBeNull();
	});

	it('has the figures as a table, one row per month', () => {
		const table = monthlyTable('vi', base);
		expect(table.columns).toEqual(['Tháng', '2024-2025', 'Đánh giá', '2023-2024']);
		expect(table.rows[0][0]).toBe('T9');
		expect(table.rows[2][2]).toBe('! Có nguy cơ');
		expect(table.rows[1][1]).not.toBe('0');
	});
});

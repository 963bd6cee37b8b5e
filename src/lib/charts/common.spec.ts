import { describe, expect, it } from 'vitest';
import { guideLegend, guideMarks, valueRange } from './common';
import { buildRankedOption } from './ranked';
import { buildHistogramOption } from './histogram';
import { buildTrendOption } from './trend';

const STATUS_LABELS = {
	met: 'Đạt',
	on_track: 'Đúng tiến độ',
	at_risk: 'Có nguy cơ',
	off_track: 'Chưa đạt',
	above_band: 'Vượt',
	no_data: 'Chưa có số liệu'
};

/** Formatted numbers hold no-break spaces ("99 %"); compare the words. */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x).replace(/[\u00a0\u202f]/g, ' '));

const ticks = (r: { min: number; max: number; interval: number }) => {
	const out: number[] = [];
	for (let v = r.min; v <= r.max + 1e-9; v += r.interval) out.push(Number(v.toFixed(6)));
	return out;
};

describe('valueRange', () => {
	it('gives even ticks: both ends are multiples of the interval the axis is told to use', () => {
		const r = valueRange([87.2, 91, 95.5, 99.6], [99], 'percent', false, 4);
		expect(r).toEqual({ min: 85, max: 100, interval: 5 });
		expect(ticks(r)).toEqual([85, 90, 95, 100]);
	});
	it('keeps every gap between ticks equal for counts and small ranges', () => {
		for (const [values, extra] of [
			[[280, 291, 305], [291]],
			[[0.1, 0.35], [0.2]],
			[[12.5, 14.2], []]
		] as [number[], number[]][]) {
			const r = valueRange(values, extra, values[0] < 1 ? 'percent' : 'count');
			const t = ticks(r);
			const gaps = new Set(t.slice(1).map((v, i) => (v - t[i]).toFixed(6)));
			expect(gaps.size).toBe(1);
			expect(Math.min(...values, ...extra)).toBeGreaterThanOrEqual(r.min);
			expect(Math.max(...values, ...extra)).toBeLessThanOrEqual(r.max);
		}
	});
});

describe('the target label', () => {
	const guide = { kind: 'line' as const, value: 99, comparator: 'gte' as const };

	it('is not drawn on the line (where it met the axis ticks) but in the legend', () => {
		const marks = guideMarks(guide, 'x');
		expect(marks.markLine?.label).toEqual({ show: false });
		expect(plain(guideLegend('vi', guide, 'percent', 'Chỉ tiêu')?.name)).toBe('Chỉ tiêu ≥ 99 %');
		expect(guideLegend('vi', null, 'percent', 'Chỉ tiêu')).toBeNull();
	});

	it('sits in the legend row above the plot of the ranked chart, whose value axis has even ticks', () => {
		const option = buildRankedOption('vi', {
			items: [
				{ code: 'A', name: 'Trường Mầm non A', value: 87.5, status: 'off_track' },
				{ code: 'B', name: 'Trường Mầm non B', value: 99.4, status: 'met' }
			],
			direction: 'higher',
			guide,
			unit: 'percent',
			names: {
				value: 'Giá trị',
				target: 'Chỉ tiêu',
				school: 'Trường',
				status: 'Đánh giá',
				gap: 'Chênh lệch',
				ownTarget: 'riêng'
			},
			statusLabels: STATUS_LABELS
		})!;
		const legend = option.legend as { top: number; data: { name: string }[] };
		const grid = option.grid as { top: number };
		expect(plain(legend.data.map((d) => d.name))).toEqual(['Chỉ tiêu ≥ 99 %']);
		expect(legend.top).toBe(0);
		expect(grid.top).toBeGreaterThanOrEqual(24);
		const axis = option.xAxis as { min: number; max: number; interval: number };
		expect((axis.max - axis.min) / axis.interval).toBe(Math.round((axis.max - axis.min) / axis.interval));
		expect(axis.min % axis.interval).toBe(0);
	});

	it('goes to the legend of the histogram too, away from its axis name', () => {
		const option = buildHistogramOption('vi', {
			values: [88, 96, 97, 98, 99.5],
			direction: 'higher',
			guide,
			unit: 'percent',
			names: { range: 'Khoảng', schools: 'Số trường', target: 'Chỉ tiêu' }
		})!;
		expect(plain((option.legend as { data: { name: string }[] }).data.map((d) => d.name))).toEqual([
			'Chỉ tiêu ≥ 99 %'
		]);
		expect((option.legend as { right: number }).right).toBe(0);
	});
});

describe('the trend chart with a target', () => {
	it('keeps room above the plot for a legend that wraps to a second row on a phone', () => {
		const option = buildTrendOption('vi', {
			periods: ['Đầu năm'],
			current: [96.7],
			previous: [95.7],
			guide: { kind: 'line', value: 99, comparator: 'gte' },
			unit: 'percent',
			names: { current: '2025-2026', previous: '2024-2025', target: 'Chỉ tiêu', status: 'Đánh giá' },
			statusLabels: STATUS_LABELS
		})!;
		expect((option.grid as { top: number }).top).toBeGreaterThanOrEqual(60);
		const axis = option.yAxis as { min: number; max: number; interval: number };
		expect(axis.interval).toBeGreaterThan(0);
		expect(((axis.max - axis.min) / axis.interval) % 1).toBe(0);
		const series = option.series as { markLine?: { label: unknown } }[];
		expect(series.find((s) => s.markLine)?.markLine?.label).toEqual({ show: false });
	});
});

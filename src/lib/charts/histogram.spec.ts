import { describe, expect, it } from 'vitest';
import { binValues, buildHistogramOption, type HistogramInput } from './histogram';
import { STATUS_COLORS } from './palette';

const names = { range: 'Khoảng', schools: 'trường', target: 'Chỉ tiêu' };

describe('binValues', () => {
	it('counts every value once and keeps a target on a bin edge', () => {
		const input: HistogramInput = {
			values: [90.2, 93, 96.9, 97, 98.5, 100, null],
			direction: 'higher',
			guide: { kind: 'line', value: 97, comparator: 'gte' },
			unit: 'percent',
			names
		};
		const bins = binValues(input);
		expect(bins.reduce((n, b) => n + b.count, 0)).toBe(6);
		expect(bins.some((b) => Math.abs(b.from - 97) < 1e-9)).toBe(true);
		const below = bins.find((b) => b.to <= 97 && b.count > 0)!;
		expect(below.tone).toBe('off_track');
		expect(bins.find((b) => b.from >= 97 && b.count > 0)!.tone).toBe('met');
	});

	it('colours lower-is-better values above the bound as off track', () => {
		const bins = binValues({
			values: [0, 0.1, 0.5, 1.2],
			direction: 'lower',
			guide: { kind: 'line', value: 0.5, comparator: 'lte' },
			unit: 'percent',
			names
		});
		expect(bins[0].tone).toBe('met');
		expect(bins[bins.length - 1].tone).toBe('off_track');
	});

	it('marks bins above a band as above the band', () => {
		const bins = binValues({
			values: [50, 57, 58, 75],
			direction: 'band',
			guide: { kind: 'band', min: 55, max: 60 },
			unit: 'percent',
			names
		});
		expect(bins[bins.length - 1].tone).toBe('above_band');
		expect(bins[0].tone).toBe('off_track');
	});
});

describe('buildHistogramOption', () => {
	it('draws the band over the bars and returns nothing without values', () => {
		const input: HistogramInput = {
			values: [50, 57, 58, 75],
			direction: 'band',
			guide: { kind: 'band', min: 55, max: 60 },
			unit: 'percent',
			names
		};
		const [series] = buildHistogramOption('vi', input)!.series as {
			markArea: { data: unknown };
			data: { itemStyle: { color: string } }[];
		}[];
		expect(series.markArea.data).toEqual([[{ xAxis: 55 }, { xAxis: 60 }]]);
		expect(series.data.at(-1)!.itemStyle.color).toBe(STATUS_COLORS.above_band);
		expect(buildHistogramOption('vi', { ...input, values: [null] })).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import {
	buildRankedOption,
	MAX_NAMED,
	rankedTable,
	rankWorstFirst,
	type RankedInput,
	type RankedItem
} from './ranked';
import { STATUS_COLORS, STATUS_SYMBOLS } from './palette';

const statusLabels = {
	met: 'Đạt',
	on_track: 'Đúng tiến độ',
	at_risk: 'Có nguy cơ',
	off_track: 'Chưa đạt',
	above_band: 'Vượt khoảng',
	no_data: 'Chưa có số liệu'
};
const names = {
	value: 'Giá trị',
	target: 'Chỉ tiêu',
	school: 'Trường',
	status: 'Đánh giá',
	gap: 'Chênh lệch',
	ownTarget: 'chỉ tiêu riêng'
};
const item = (name: string, value: number | null, status: RankedItem['status']): RankedItem => ({
	code: name.toUpperCase(),
	name,
	value,
	status
});

describe('rankWorstFirst', () => {
	const items = [
		item('b', 98, 'met'),
		item('a', 91, 'off_track'),
		item('c', null, 'no_data'),
		item('d', 95, 'at_risk')
	];

	it('puts the lowest first when higher is better, schools without data last', () => {
		expect(rankWorstFirst(items, 'higher', null).map((i) => i.name)).toEqual(['a', 'd', 'b', 'c']);
	});

	it('puts the highest first when lower is better', () => {
		expect(rankWorstFirst(items, 'lower', null).map((i) => i.name)).toEqual(['b', 'd', 'a', 'c']);
	});

	it('puts the farthest outside a band first, on either side', () => {
		const band = { kind: 'band' as const, min: 55, max: 60 };
		const schools = [item('in', 57, 'met'), item('low', 50, 'off_track'), item('high', 72, 'above_band')];
		expect(rankWorstFirst(schools, 'band', band).map((i) => i.name)).toEqual(['high', 'low', 'in']);
	});
});

describe('buildRankedOption', () => {
	const input: RankedInput = {
		items: [
			item('Trường Tiểu học Cát Bi', 58, 'met'),
			item('TH Đằng Hải', 72, 'above_band'),
			item('TH X', 40, 'off_track')
		],
		direction: 'band',
		guide: { kind: 'band', min: 55, max: 60 },
		unit: 'percent',
		names,
		statusLabels
	};
	type Scatter = {
		data: { value: number; symbol: string; itemStyle: { color: string } }[];
		markArea?: { data: unknown };
	};

	it('colours and shapes schools by status, and draws the band', () => {
		const option = buildRankedOption('vi', input)!;
		const [series] = option.series as Scatter[];
		expect(series.data.map((d) => d.value)).toEqual([40, 72, 58]);
		expect(series.data[0].itemStyle.color).toBe(STATUS_COLORS.off_track);
		expect(series.data[0].symbol).toBe(STATUS_SYMBOLS.off_track);
		expect(series.data[1].symbol).toBe('triangle');
		expect(series.data[2].symbol).toBe('circle');
		expect(series.markArea?.data).toEqual([[{ xAxis: 55 }, { xAxis: 60 }]]);
		expect((option.yAxis as { data: string[] }).data[2]).toBe('Tiểu học Cát Bi');
	});

	it('becomes a light rank curve, one unbroken line per status, when there are many schools', () => {
		const many = Array.from({ length: MAX_NAMED + 40 }, (_, i) =>
			item(`S${i}`, i, i === 50 ? 'off_track' : i < 20 ? 'at_risk' : 'met')
		);
		const option = buildRankedOption('vi', { ...input, direction: 'higher', items: many })!;
		expect((option.xAxis as { type: string }).type).toBe('category');
		const series = option.series as { type: string; name: string; data: (number | null)[] }[];
		expect(series.map((x) => x.type)).toEqual(['line', 'line', 'line']);
		expect(series.map((x) => x.name)).toEqual(['Có nguy cơ', 'Đạt', 'Chưa đạt']);
		// The lone off-track school still shows: its line reaches one step to each side.
		const lone = series[2].data;
		expect(lone.filter((v) => v !== null)).toEqual([49, 50, 51]);
		expect(series[0].data.slice(0, 21).every((v) => v !== null)).toBe(true);
	});

	it('escapes school names in its HTML tooltips', () => {
		const option = buildRankedOption('vi', { ...input, items: [item('<b>x</b>', 50, 'met')] })!;
		const tooltip = option.tooltip as { formatter: (p: { dataIndex: number }) => string };
		expect(tooltip.formatter({ dataIndex: 0 })).toContain('&#60;b&#62;x&#60;/b&#62;');
	});

	it('returns nothing when no school has a value', () => {
		expect(buildRankedOption('vi', { ...input, items: [item('a', null, 'no_data')] })).toBeNull();
	});

	it('tabulates the first hundred schools on the page and says how many more there are', () => {
		const many = Array.from({ length: 130 }, (_, i) => item(`S${i}`, i, 'met'));
		const table = rankedTable('vi', { ...input, items: many });
		expect(table.rows).toHaveLength(100);
		expect(table.more).toBe(30);
	});

	it('tabulates every school, schools without data included', () => {
		const table = rankedTable('en', { ...input, items: [...input.items, item('Z', null, 'no_data')] });
		expect(table.rows.map((r) => r[1])).toEqual(['TH X', 'TH Đằng Hải', 'Trường Tiểu học Cát Bi', 'Z']);
		expect(table.rows[0][3]).toBe('✗ Chưa đạt');
	});
});

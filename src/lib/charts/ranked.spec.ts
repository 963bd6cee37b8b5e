import { describe, expect, it } from 'vitest';
import {
	buildRankedOption,
	MAX_NAMED,
	rankedTable,
	rankedKey,
	rankWorstFirst,
	shortSchoolName,
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
	ownTarget: 'chỉ tiêu riêng',
	noTarget: 'Chưa giao chỉ tiêu'
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
		expect((option.yAxis as { data: string[] }).data[2]).toBe('TH Cát Bi');
	});

	it('becomes a light rank curve, one unbroken line per status, when there are many schools', () => {
		const many = Array.from({ length: MAX_NAMED + 40 }, (_, i) =>
			item(`S${i}`, i, i === 50 ? 'off_track' : i < 20 ? 'at_risk' : 'met')
		);
		const option = buildRankedOption('vi', { ...input, direction: 'higher', items: many })!;
		expect((option.xAxis as { type: string }).type).toBe('category');
		const series = option.series as { type: string; name: string; data: (number | null)[] }[];
		expect(series.map((x) => x.type)).toEqual(['line', 'line', 'line', 'line']);
		// The last is the target's legend entry, without data.
		expect(series.map((x) => x.name.replace(/\s/g, ' '))).toEqual([
			'Có nguy cơ',
			'Đạt',
			'Chưa đạt',
			'Chỉ tiêu 55–60 %'
		]);
		expect(series[3].data).toEqual([]);
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

describe('schools with a value but no target', () => {
	const items: RankedItem[] = [
		{ ...item('Trường Mầm non Cát Bi', 80, 'no_data'), hasTarget: false },
		item('Trường Mầm non Đằng Hải', 92, 'met'),
		item('Trường Mầm non Bình Minh', 85, 'off_track'),
		item('Trường Mầm non Hoa Sen', null, 'no_data')
	];
	const input: RankedInput = {
		items,
		direction: 'higher',
		guide: { kind: 'line', value: 90, comparator: 'gte' },
		unit: 'percent',
		names,
		statusLabels
	};

	it('come after the judged schools, whatever their value, and before schools without data', () => {
		expect(rankWorstFirst(items, 'higher', input.guide).map((i) => i.value)).toEqual([85, 92, 80, null]);
	});

	it('are labelled as having no target, not as having no data, in the chart and its table', () => {
		const option = buildRankedOption('vi', input)!;
		const [series] = option.series as { data: { value: number; itemStyle: { color: string } }[] }[];
		expect(series.data[2].value).toBe(80);
		expect(series.data[2].itemStyle.color).not.toBe(STATUS_COLORS.no_data);
		const tooltip = option.tooltip as { formatter: (p: { dataIndex: number }) => string };
		expect(tooltip.formatter({ dataIndex: 2 })).toContain('Chưa giao chỉ tiêu');
		expect(tooltip.formatter({ dataIndex: 2 })).not.toContain('Chưa có số liệu');
		const table = rankedTable('vi', input);
		expect(table.rows[2][3]).toBe('○ Chưa giao chỉ tiêu');
		expect(table.rows[3][3]).toBe('– Chưa có số liệu');
		expect(rankedKey(input).map((k) => k.label)).toEqual([
			'Đạt',
			'Chưa đạt',
			'Chưa có số liệu',
			'Chưa giao chỉ tiêu'
		]);
	});

	it('orders ties by name in the chart and in the table alike', () => {
		const tied = [item('Trường TH Đông Hải 2', 90, 'met'), item('Trường TH Đông Hải 1', 90, 'met')];
		const option = buildRankedOption('vi', { ...input, items: tied })!;
		const axis = (option.yAxis as { data: string[] }).data;
		const table = rankedTable('vi', { ...input, items: tied });
		expect(axis).toEqual(['TH Đông Hải 1', 'TH Đông Hải 2']);
		expect(table.rows.map((r) => r[1])).toEqual(['Trường TH Đông Hải 1', 'Trường TH Đông Hải 2']);
	});
});

describe('shortSchoolName', () => {
	it('shortens the school-type prefix, not the end that tells schools apart', () => {
		expect(shortSchoolName('Trường Tiểu học Cát Bi')).toBe('TH Cát Bi');
		expect(shortSchoolName('Trường Mầm non tư thục Hoa Phượng Đỏ')).toBe('MN TT Hoa Phượng Đỏ');
		expect(shortSchoolName('Trường Tiểu học và Trung học cơ sở Đông Hải 2')).toBe('TH&THCS Đông Hải 2');
		expect(shortSchoolName('Trường Trung học cơ sở Đằng Lâm')).toBe('THCS Đằng Lâm');
	});
	it('cuts a name still too long in the middle, keeping its end', () => {
		const short = shortSchoolName('Trường Mầm non tư thục Ngôi Sao Xanh Quốc Tế Hải Phòng Số 2');
		expect(short.length).toBeLessThanOrEqual(24);
		expect(short).toMatch(/^MN TT .*….*Số 2$/);
	});
});

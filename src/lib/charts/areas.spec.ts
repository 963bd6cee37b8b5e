import { describe, expect, it } from 'vitest';
import {
	areasTable,
	buildAreasOption,
	distinctNames,
	sortAreas,
	type AreaItem,
	type AreasInput
} from './areas';
import { STATUS_COLORS } from './palette';

const statusLabels = {
	met: 'Đạt',
	on_track: 'Đúng tiến độ',
	at_risk: 'Có nguy cơ',
	off_track: 'Chưa đạt',
	above_band: 'Vượt khoảng',
	no_data: 'Chưa có số liệu'
};
const line = { kind: 'line', value: 97, comparator: 'gte' } as const;
const items: AreaItem[] = [
	{ code: 'B', name: 'Huyện Bắc', value: 98, status: 'met', gap: 1, guide: line },
	{ code: 'A', name: 'Huyện An', value: 95, status: 'off_track', gap: -2, guide: line },
	{ code: 'C', name: 'Huyện Cát', value: null, status: 'no_data', gap: null, guide: line },
	{ code: 'D', name: 'Huyện Đông', value: 96.5, status: 'at_risk', gap: -0.5, guide: line }
];
const input: AreasInput = {
	items,
	guide: line,
	unit: 'percent',
	names: { area: 'Đơn vị', value: 'Thực hiện', target: 'Chỉ tiêu', status: 'Đánh giá', gap: 'Chênh lệch' },
	statusLabels
};
const codes = (list: AreaItem[]) => list.map((i) => i.code);

describe('sortAreas', () => {
	it('puts the worst first by the gap to the target, areas without data last', () => {
		expect(codes(sortAreas(items, 'worst', 'higher'))).toEqual(['A', 'D', 'B', 'C']);
		expect(codes(sortAreas(items, 'best', 'higher'))).toEqual(['B', 'D', 'A', 'C']);
	});

	it('sorts by Vietnamese name order on request', () => {
		expect(codes(sortAreas(items, 'name', 'higher'))).toEqual(['A', 'B', 'D', 'C']);
	});

	it('ranks by the value and the direction when no target applies', () => {
		const bare = items.map((i) => ({ ...i, gap: null, guide: null }));
		expect(codes(sortAreas(bare, 'worst', 'higher'))).toEqual(['A', 'D', 'B', 'C']);
		expect(codes(sortAreas(bare, 'worst', 'lower'))).toEqual(['B', 'D', 'A', 'C']);
	});
});

describe('buildAreasOption', () => {
	it('draws a bar per area in the given order, coloured by status, with the target line', () => {
		const option = buildAreasOption('vi', input)!;
		const [bars] = option.series as { type: string; data: unknown[]; markLine: { data: unknown } }[];
		expect((option.yAxis as { data: string[] }).data).toEqual(['Bắc', 'An', 'Cát', 'Đông']);
		expect(bars.type).toBe('bar');
		expect(bars.data[0]).toEqual({ value: 98, itemStyle: { color: STATUS_COLORS.met } });
		expect(bars.data[2]).toBeNull();
		expect(bars.markLine.data).toEqual([{ xAxis: 97 }]);
		expect((option.xAxis as { min: number }).min).toBe(0);
	});

	it('marks each area’s own target', () => {
		const option = buildAreasOption('vi', input)!;
		const marks = (option.series as { type: string; data: unknown[] }[]).find((s) => s.type === 'scatter')!;
		expect(marks.data).toEqual([97, 97, 97, 97]);
		const none = buildAreasOption('vi', { ...input, items: items.map((i) => ({ ...i, guide: null })) })!;
		// No own targets: the bars and the area's target in the legend (words, not a label on the line).
		expect((none.series as { type: string; name: string }[]).map((s) => s.type)).toEqual(['bar', 'line']);
		expect((none.series as { name: string }[])[1].name).toMatch(/^Chỉ tiêu ≥ 97/);
	});

	it('draws nothing when no area has figures, and lists every area in its table', () => {
		expect(buildAreasOption('vi', { ...input, items: [items[2]] })).toBeNull();
		const table = areasTable('vi', input);
		expect(table.rows.map((r) => r[1])).toEqual(items.map((i) => i.name));
		expect(table.rows[0][3]).toMatch(/≥ 97/);
	});
});

describe('distinctNames', () => {
	it('drops the words every name starts with, keeping at least one word', () => {
		expect(distinctNames(['Phòng GD&ĐT huyện An Lão', 'Phòng GD&ĐT quận Hải An'])).toEqual([
			'huyện An Lão',
			'quận Hải An'
		]);
		expect(distinctNames(['Huyện A', 'Huyện A'])).toEqual(['A', 'A']);
		expect(distinctNames(['Huyện Bắc'])).toEqual(['Huyện Bắc']);
	});
});

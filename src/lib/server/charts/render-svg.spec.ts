import { describe, expect, it } from 'vitest';
import { renderChartSvg } from './render-svg';
import type { ChartSpec } from '$lib/charts/spec';

const statusLabels = {
	met: 'Đạt',
	on_track: 'Đúng tiến độ',
	at_risk: 'Có nguy cơ',
	off_track: 'Chưa đạt',
	above_band: 'Vượt khoảng',
	no_data: 'Chưa có số liệu'
};
const trend: ChartSpec = {
	kind: 'trend',
	input: {
		periods: ['Đầu năm', 'Học kỳ I', 'Cuối năm'],
		current: [52, 56, 61],
		previous: [50, 54, 58],
		guide: { kind: 'band', min: 55, max: 60 },
		unit: 'percent',
		names: { current: '2024-2025', previous: '2023-2024', target: 'Chỉ tiêu', status: 'Đánh giá' },
		statusLabels
	}
};

const withCurrent = (current: number[]): ChartSpec =>
	({ ...trend, input: { ...trend.input, current } }) as ChartSpec;

describe('renderChartSvg', () => {
	it('renders a chart to an SVG of the nominal size, labels in Vietnamese', () => {
		const svg = renderChartSvg('vi', trend)!;
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toContain('viewBox="0 0 720 300"');
		expect(svg).toContain('Học kỳ I');
		expect(svg).toContain('Chỉ tiêu 55–60');
	});

	it('renders nothing for a chart without data', () => {
		const empty: ChartSpec = {
			...trend,
			input: { ...trend.input, current: [null, null, null], previous: null }
		} as ChartSpec;
		expect(renderChartSvg('vi', empty)).toBeNull();
	});

	it('gives each chart its own SVG ids, so two charts on one page do not clash', () => {
		const a = renderChartSvg('vi', trend)!;
		const b = renderChartSvg('vi', withCurrent([40, 45, 50]))!;
		const ids = (s: string) => new Set([...s.matchAll(/class="(zr\d+)-/g)].map((m) => m[1]));
		expect(ids(a).size).toBeGreaterThan(0);
		const shared = [...ids(a)].filter((id) => ids(b).has(id));
		expect(shared).toEqual([]);
	});

	it('draws the same chart once and keeps the drawing, but draws a changed one again', () => {
		const spec = withCurrent([61, 62, 63]);
		const first = renderChartSvg('vi', spec)!;
		// Each drawing has its own ids: the same string back means it was not drawn again.
		expect(renderChartSvg('vi', structuredClone(spec))).toBe(first);
		expect(renderChartSvg('en', spec)).not.toBe(first);
		expect(renderChartSvg('vi', spec, 360)).not.toBe(first);
		const changed = renderChartSvg('vi', withCurrent([61, 62, 64]))!;
		expect(changed).not.toBe(first);
		expect(changed).toContain('64');
	});
});

describe('renderChartSvg escaping', () => {
	it('escapes school names, since the SVG is put into the page as HTML', () => {
		const spec: ChartSpec = {
			kind: 'ranked',
			input: {
				items: [{ code: 'X', name: '<img src=x onerror=alert(1)>', value: 5, status: 'met' }],
				direction: 'higher',
				guide: null,
				unit: 'percent',
				names: { value: 'v', target: 't', school: 's', status: 's', gap: 'g', ownTarget: 'o' },
				statusLabels
			}
		};
		const svg = renderChartSvg('vi', spec)!;
		expect(svg).not.toContain('<img');
		expect(svg).toContain('&lt;img');
	});
});

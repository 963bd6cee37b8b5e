import { describe, expect, it } from 'vitest';
import { buildSparkline } from './sparkline';

describe('buildSparkline', () => {
	it('draws the values left to right, higher values higher up, skipping gaps', () => {
		const s = buildSparkline({ values: [10, null, 20], width: 100, height: 20 });
		const points = [...s.path.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
		expect(points).toHaveLength(2);
		expect(points[0][0]).toBeLessThan(points[1][0]);
		expect(points[1][1]).toBeLessThan(points[0][1]);
		expect(s.last).toEqual({ x: points[1][0], y: points[1][1] });
	});

	it('includes the target in its scale', () => {
		const s = buildSparkline({
			values: [80, 82],
			guide: { kind: 'line', value: 97, comparator: 'gte' },
			height: 20
		});
		expect(s.target).toEqual({ y: 3 });
		const band = buildSparkline({ values: [50, 52], guide: { kind: 'band', min: 55, max: 60 }, height: 20 });
		expect(band.target).toMatchObject({ y1: 3 });
	});

	it('is empty without values', () => {
		expect(buildSparkline({ values: [null, null] })).toMatchObject({ path: '', last: null });
	});
});

import { describe, expect, it } from 'vitest';
import { projectValue, seasonalKey, type ProjectionInput } from './project';

const YEAR = ['DAU_NAM', 'HK1', 'CUOI_NAM'];
const ROUNDS = ['CAN_DO_1', 'CAN_DO_2', 'CAN_DO_3'];

function input(partial: Partial<ProjectionInput>): ProjectionInput {
	return {
		unit: 'percent',
		series: [],
		carrying: YEAR,
		judgedKey: 'CUOI_NAM',
		lastYear: new Map(),
		...partial
	};
}

describe('projectValue', () => {
	it('two or more values: the linear trend over the ordered periods', () => {
		const p = projectValue(
			input({
				carrying: ROUNDS,
				judgedKey: 'CAN_DO_3',
				series: [
					{ key: 'CAN_DO_1', value: 5.52 },
					{ key: 'CAN_DO_2', value: 4.92 }
				]
			})
		);
		expect(p).toEqual({ value: 4.32, method: 'trend', basedOn: ['CAN_DO_1', 'CAN_DO_2'] });
	});

	it('a least-squares line when the values are not collinear, kept within 0–100 %', () => {
		const months = ['2024-09', '2024-10', '2024-11', '2024-12', '2025-05'];
		const p = projectValue(
			input({
				carrying: months,
				judgedKey: '2025-05',
				series: [
					{ key: '2024-09', value: 90 },
					{ key: '2024-10', value: 94 },
					{ key: '2024-11', value: 95 }
				]
			})
		);
		// slope 2.5 per period from a mean of 93 at x = 1: at x = 4, 100.5 → capped at 100
		expect(p?.value).toBe(100);
		expect(p?.method).toBe('trend');
	});

	it("one value this year: last year's change between the same two moments (pp for rates)", () => {
		const p = projectValue(
			input({
				series: [{ key: 'HK1', value: 51.74 }],
				lastYear: new Map([
					['HK1', 50],
					['CUOI_NAM', 53.2]
				])
			})
		);
		expect(p).toEqual({ value: 54.94, method: 'last_year_pattern', basedOn: ['HK1'] });
	});

	it("one value this year: last year's ratio for counts", () => {
		const p = projectValue(
			input({
				unit: 'count',
				series: [{ key: 'DAU_NAM', value: 1000 }],
				lastYear: new Map([
					['DAU_NAM', 800],
					['CUOI_NAM', 820]
				])
			})
		);
		expect(p?.value).toBe(1025);
	});

	it('otherwise the latest value is carried forward; levels always are', () => {
		expect(projectValue(input({ series: [{ key: 'HK1', value: 80 }] }))).toEqual({
			value: 80,
			method: 'carry_forward',
			basedOn: ['HK1']
		});
		const level = projectValue(
			input({
				unit: 'level',
				series: [
					{ key: 'DAU_NAM', value: 1 },
					{ key: 'HK1', value: 2 }
				]
			})
		);
		expect(level).toEqual({ value: 2, method: 'carry_forward', basedOn: ['HK1'] });
	});

	it('nothing this year: no projection', () => {
		expect(projectValue(input({ lastYear: new Map([['CUOI_NAM', 90]]) }))).toBeNull();
	});

	it('months match across years by month', () => {
		expect(seasonalKey('2024-10')).toBe('M10');
		expect(seasonalKey('2025-10')).toBe('M10');
		expect(seasonalKey('HK1')).toBe('HK1');
	});
});

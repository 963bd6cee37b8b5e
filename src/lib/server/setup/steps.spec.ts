import { describe, expect, it } from 'vitest';
import { describeSetup, type SetupCounts } from './steps';

const empty: SetupCounts = {
	units: 0,
	schools: 0,
	schoolYears: 0,
	periods: 0,
	indicators: 0,
	plans: 0,
	targets: 0,
	accounts: 0
};

describe('describeSetup', () => {
	it('lists the five steps in order, all to do, on an empty database', () => {
		const { steps, complete } = describeSetup(empty);
		expect(steps.map((s) => s.key)).toEqual(['units', 'years', 'catalogue', 'plans', 'accounts']);
		expect(steps.every((s) => !s.done)).toBe(true);
		expect(complete).toBe(false);
	});

	it('needs schools, not only offices, for the units step', () => {
		expect(describeSetup({ ...empty, units: 3 }).steps[0].done).toBe(false);
		expect(describeSetup({ ...empty, units: 3, schools: 1 }).steps[0].done).toBe(true);
	});

	it('needs periods as well as school years', () => {
		expect(describeSetup({ ...empty, schoolYears: 1 }).steps[1].done).toBe(false);
		expect(describeSetup({ ...empty, schoolYears: 1, periods: 4 }).steps[1].done).toBe(true);
	});

	it('is complete when every step has something', () => {
		const full = {
			units: 5,
			schools: 4,
			schoolYears: 1,
			periods: 3,
			indicators: 9,
			plans: 1,
			targets: 0,
			accounts: 2
		};
		expect(describeSetup(full).complete).toBe(true);
	});

	it('links only to pages that exist', () => {
		const hrefs = describeSetup(empty).steps.map((s) => s.href);
		expect(hrefs).toEqual([
			'/admin/units',
			'/admin/school-years',
			'/admin/catalogue',
			'/plans',
			'/admin/users/bulk'
		]);
	});
});

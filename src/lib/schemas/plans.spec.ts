import { describe, expect, it } from 'vitest';
import { gridFormSchema, targetFormSchema } from './plans';

const form = (fields: Record<string, string>) => ({
	indicator: 'mn_tl_huydong',
	comparator: 'gte',
	value: '',
	min: '',
	max: '',
	scope: 'area',
	judgedAt: '',
	baseline: '',
	plannedNumerator: '',
	plannedDenominator: '',
	source: '',
	...fields
});
const errorsOf = (fields: Record<string, string>) => {
	const r = targetFormSchema.safeParse(form(fields));
	return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0] ?? ''), i.message]));
};

describe('targetFormSchema', () => {
	it('reads numbers as people type them, with defaults for the judging period', () => {
		const r = targetFormSchema.parse(
			form({ value: '85,7', plannedNumerator: '7.910', plannedDenominator: '9 232' })
		);
		expect(r).toMatchObject({
			indicator: 'MN_TL_HUYDONG',
			comparator: 'gte',
			value: 85.7,
			plannedNumerator: 7910,
			plannedDenominator: 9232,
			judgedAt: 'CUOI_NAM',
			scope: { kind: 'area' },
			source: null
		});
		expect(targetFormSchema.parse(form({ value: '99.5' })).value).toBe(99.5);
		expect(targetFormSchema.parse(form({ value: '12.246' })).value).toBe(12246);
	});

	it('needs a value for every comparator but range', () => {
		expect(errorsOf({})).toEqual({ value: 'plans.error.valueRequired' });
		expect(errorsOf({ value: 'nhiều' })).toEqual({ value: 'plans.error.notNumber' });
	});

	it('needs min ≤ max for a range, and drops the other fields', () => {
		expect(errorsOf({ comparator: 'range', min: '60', max: '55' })).toEqual({
			max: 'plans.error.minAboveMax'
		});
		expect(errorsOf({ comparator: 'range', min: '55' })).toEqual({ max: 'plans.error.maxRequired' });
		const r = targetFormSchema.parse(form({ comparator: 'range', min: '55', max: '60', value: '3' }));
		expect(r).toMatchObject({ min: 55, max: 60, value: null });
	});

	it('needs a baseline other than the judged period for a change, and keeps the sign', () => {
		expect(errorsOf({ comparator: 'change', value: '-1,5' })).toEqual({
			baseline: 'plans.error.baselineRequired'
		});
		expect(errorsOf({ comparator: 'change', value: '-1,5', baseline: 'CUOI_NAM' })).toEqual({
			baseline: 'plans.error.baselineSame'
		});
		const r = targetFormSchema.parse(
			form({ comparator: 'change', value: '−1,5', baseline: 'can_do_1', judgedAt: 'CAN_DO_3' })
		);
		expect(r).toMatchObject({ value: -1.5, baseline: 'CAN_DO_1', judgedAt: 'CAN_DO_3' });
		expect(targetFormSchema.parse(form({ value: '3', baseline: 'DAU_NAM' })).baseline).toBeNull();
	});

	it('needs a whole level for level_gte', () => {
		expect(errorsOf({ comparator: 'level_gte', value: '1,5' })).toEqual({
			value: 'plans.error.levelInteger'
		});
		expect(targetFormSchema.parse(form({ comparator: 'level_gte', value: '2' })).value).toBe(2);
	});

	it('reads the scope select', () => {
		expect(targetFormSchema.parse(form({ value: '1', scope: 'school:ha-th-thanhto' })).scope).toEqual({
			kind: 'school',
			code: 'HA-TH-THANHTO'
		});
		expect(targetFormSchema.parse(form({ value: '1', scope: 'group:HAIAN-TH' })).scope).toEqual({
			kind: 'group',
			code: 'HAIAN-TH'
		});
		expect(errorsOf({ value: '1', scope: 'region:X' })).toEqual({ scope: 'plans.error.scope' });
	});

	it('wants both planned counts or neither, as whole numbers', () => {
		expect(errorsOf({ value: '85,7', plannedNumerator: '7910' })).toEqual({
			plannedDenominator: 'plans.error.plannedBoth'
		});
		expect(errorsOf({ value: '85,7', plannedNumerator: '7910,5', plannedDenominator: '9232' })).toEqual({
			plannedNumerator: 'plans.error.countInteger'
		});
		expect(errorsOf({ value: '85,7', plannedNumerator: '0', plannedDenominator: '0' })).toEqual({
			plannedDenominator: 'plans.error.denominatorZero'
		});
	});

	it('refuses unknown comparators and a missing indicator', () => {
		expect(errorsOf({ comparator: 'gt', value: '1' })).toEqual({
			comparator: 'plans.error.comparatorRequired'
		});
		expect(errorsOf({ indicator: '', value: '1' })).toEqual({ indicator: 'plans.error.indicatorRequired' });
	});
});

describe('gridFormSchema', () => {
	const grid = (
		comparator: string,
		cells: { school: string; value?: string; min?: string; max?: string }[]
	) =>
		gridFormSchema.safeParse({
			indicator: 'TH_TL_HTXS',
			comparator,
			judgedAt: '',
			baseline: '',
			source: '',
			cells
		});

	it('keeps blank cells as "no override" and reads the others', () => {
		const r = grid('gte', [
			{ school: 'a', value: '' },
			{ school: 'b', value: '90,5' }
		]);
		expect(r.success).toBe(true);
		expect(r.data!.cells.map((c) => c.value)).toEqual([null, 90.5]);
	});

	it('reports problems by row', () => {
		const r = grid('range', [
			{ school: 'a', min: '50', max: '' },
			{ school: 'b', min: '60', max: '55' },
			{ school: 'c', min: '55', max: '60' }
		]);
		expect(r.success).toBe(false);
		expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['cells.0.max', 'plans.error.rangeBoth'],
			['cells.1.max', 'plans.error.minAboveMax']
		]);
	});
});

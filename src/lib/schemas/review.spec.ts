import { describe, expect, it } from 'vitest';
import { explanationSchema, parseDayVn } from './review';

describe('parseDayVn', () => {
	it('reads day first, whatever the browser language', () => {
		expect(parseDayVn('12/03/2026')).toBe('2026-03-12');
		expect(parseDayVn('1/3/2026')).toBe('2026-03-01');
		expect(parseDayVn('2026-03-12')).toBe('2026-03-12');
	});
	it('refuses impossible days and other shapes', () => {
		expect(parseDayVn('31/02/2026')).toBeNull();
		expect(parseDayVn('03-12-2026')).toBeNull();
		expect(parseDayVn('')).toBeNull();
	});
});

describe('explanationSchema', () => {
	const base = {
		year: '2026-2027',
		period: 'DAU_NAM',
		indicator: 'TH_TL_BANTRU',
		cause: 'Thiếu phòng ăn',
		measures: 'Xin kinh phí'
	};
	it('stores the expected date as ISO, or none', () => {
		expect(explanationSchema.parse({ ...base, expectedDate: '30/05/2027' }).expectedDate).toBe('2027-05-30');
		expect(explanationSchema.parse({ ...base, expectedDate: '' }).expectedDate).toBeNull();
	});
	it('says what is wrong with a form', () => {
		const r = explanationSchema.safeParse({ ...base, cause: '', expectedDate: '31/02/2027' });
		expect(r.success).toBe(false);
		expect(r.error?.issues.map((i) => i.message).sort()).toEqual([
			'explanations.error.cause',
			'explanations.error.date'
		]);
	});
});

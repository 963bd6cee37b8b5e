import { describe, expect, it } from 'vitest';
import { translate } from '$lib/i18n/translate';
import { refusalFrom, type RefusalEntry } from './form-errors';

const TABLE: Record<'exists' | 'rewrites', RefusalEntry> = {
	exists: { status: 400, field: 'code', message: 'schoolYears.refused.exists' },
	rewrites: { status: 409, field: 'fromYear', message: 'formulaHistory.refused.rewrites' }
};

describe('refusalFrom', () => {
	it('puts the translated message on the field of the table, with its status', () => {
		expect(refusalFrom(TABLE, 'en', 'exists')).toEqual({
			status: 400,
			errors: { code: translate('en', 'schoolYears.refused.exists') }
		});
	});

	it('moves the message to the given field and fills its parameters', () => {
		const r = refusalFrom(TABLE, 'vi', 'rewrites', { field: 'form', params: { years: '2023-2024' } });
		expect(r.status).toBe(409);
		expect(Object.keys(r.errors)).toEqual(['form']);
		expect(r.errors.form).toContain('2023-2024');
	});
});

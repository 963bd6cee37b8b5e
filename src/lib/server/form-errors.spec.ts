import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { translate } from '$lib/i18n/translate';
import { fieldErrors, refusalFrom, type RefusalEntry } from './form-errors';

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

describe('fieldErrors', () => {
	const schema = z.object({
		name: z.string().min(1, 'auth.login.usernameRequired').max(3),
		next: z.string().min(10, 'account.password.tooShort')
	});

	it("gives each field its first issue's message, translated with the parameters", () => {
		const parsed = schema.safeParse({ name: '', next: 'short' });
		expect(parsed.success).toBe(false);
		expect(fieldErrors('vi', parsed.error!, { params: { min: 10 } })).toEqual({
			name: 'Vui lòng nhập tên đăng nhập.',
			next: 'Mật khẩu mới cần ít nhất 10 ký tự.'
		});
	});

	it("never shows zod's own English: an issue without a catalogue key gets the fallback", () => {
		const parsed = schema.safeParse({ name: 'toolong', next: '0123456789' });
		expect(fieldErrors('vi', parsed.error!)).toEqual({ name: translate('vi', 'form.error.invalid') });
		expect(fieldErrors('en', parsed.error!, { fallback: 'periodReport.error.required' })).toEqual({
			name: 'Required'
		});
	});
});

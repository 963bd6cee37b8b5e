// The reviewed copy as posted: the new year's dates, then each period's fields under '<key>.<field>'.
import { z } from 'zod';
import { fieldErrors } from '../form-errors';
import {
	copyQuerySchema,
	newYearSchema,
	PERIOD_FIELDS,
	periodFieldsSchema,
	NEW_YEAR_FIELDS
} from '$lib/schemas/school-years';
import type { Locale } from '$lib/i18n/types';
import type { PeriodDraft, YearDates } from './shift-dates';

const FORM_PERIOD_FIELDS = ['form', ...PERIOD_FIELDS] as const;
const periodKey = z.string().regex(/^[A-Z0-9_-]{2,20}$/);

type Read =
	| {
			ok: true;
			input: { source: string; year: YearDates; periods: PeriodDraft[] };
			values: Record<string, string>;
	  }
	| { ok: false; values: Record<string, string>; errors: Record<string, string> };

const text = (form: FormData, name: string) => {
	const v = form.get(name);
	return typeof v === 'string' ? v : '';
};

export function readCopyForm(form: FormData, locale: Locale): Read {
	const values: Record<string, string> = { source: text(form, 'source') };
	for (const f of NEW_YEAR_FIELDS) values[f] = text(form, f);
	const keys = form
		.getAll('key')
		.filter((k): k is string => typeof k === 'string' && periodKey.safeParse(k).success);
	for (const key of keys)
		for (const f of FORM_PERIOD_FIELDS) values[`${key}.${f}`] = text(form, `${key}.${f}`);

	const errors: Record<string, string> = {};
	const query = copyQuerySchema.safeParse({ source: values.source, code: values.code });
	if (!query.success) Object.assign(errors, fieldErrors(locale, query.error));
	const year = newYearSchema.safeParse(values);
	if (!year.success) Object.assign(errors, fieldErrors(locale, year.error), errors);
	const periods: PeriodDraft[] = [];
	for (const key of keys) {
		const raw = Object.fromEntries(FORM_PERIOD_FIELDS.map((f) => [f, values[`${key}.${f}`]]));
		const parsed = periodFieldsSchema.safeParse(raw);
		if (!parsed.success) {
			for (const [field, message] of Object.entries(fieldErrors(locale, parsed.error)))
				errors[`${key}.${field}`] = message;
			continue;
		}
		periods.push({ formCode: raw.form, key, ...parsed.data });
	}
	if (!query.success || !year.success || Object.keys(errors).length > 0) return { ok: false, values, errors };
	return { ok: true, input: { source: query.data.source, year: year.data, periods }, values };
}

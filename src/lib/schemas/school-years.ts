import { z } from 'zod';
import { isoDateSchema } from './form';
import { BASE_LEVELS } from '$lib/domain/types';

const isoDate = isoDateSchema('schoolYears.error.date');

/** '2025-2026': two consecutive years. */
export const yearCodeSchema = z
	.string()
	.trim()
	.refine(
		(v) => /^\d{4}-\d{4}$/.test(v) && Number(v.slice(5)) === Number(v.slice(0, 4)) + 1,
		'schoolYears.error.code'
	);

export const PERIOD_KEY = /^[A-Z][A-Z0-9_]{1,19}$/;
export const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Each date no earlier than the one before it (a strict step where `strict`). */
function inOrder<T extends Record<string, string>>(
	fields: readonly (keyof T & string)[],
	message: string,
	strict: string[] = []
) {
	return (value: T, ctx: z.RefinementCtx) => {
		for (let i = 1; i < fields.length; i++) {
			const [a, b] = [value[fields[i - 1]], value[fields[i]]];
			if (b < a || (strict.includes(fields[i]) && b === a)) {
				ctx.addIssue({ code: 'custom', path: [fields[i]], message });
				return;
			}
		}
	};
}

const yearDates = z.object({
	startDate: isoDate,
	hk1Start: isoDate,
	hk1End: isoDate,
	hk2Start: isoDate,
	hk2End: isoDate,
	endDate: isoDate
});
/** A year's dates in the order they must fall, also the fields the year forms post. */
export const YEAR_DATE_FIELDS = ['startDate', 'hk1Start', 'hk1End', 'hk2Start', 'hk2End', 'endDate'] as const;

export const yearDatesSchema = yearDates.superRefine(
	inOrder(YEAR_DATE_FIELDS, 'schoolYears.error.yearOrder', ['hk2Start'])
);

export const newYearSchema = yearDates
	.extend({ code: yearCodeSchema })
	.superRefine(inOrder(YEAR_DATE_FIELDS, 'schoolYears.error.yearOrder', ['hk2Start']))
	.superRefine((v, ctx) => {
		if (v.startDate.slice(0, 4) !== v.code.slice(0, 4))
			ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'schoolYears.error.startInYear' });
	});
export type NewYearInput = z.infer<typeof newYearSchema>;
export const NEW_YEAR_FIELDS = ['code', ...YEAR_DATE_FIELDS] as const;

const label = z.string().trim().min(1, 'schoolYears.error.label').max(200, 'schoolYears.error.label');

/** What a period form posts for periodFieldsSchema. */
export const PERIOD_FIELDS = [
	'labelVi',
	'labelEn',
	'startDate',
	'endDate',
	'schoolDeadline',
	'districtDeadline',
	'sortOrder'
] as const;

export const periodFieldsSchema = z
	.object({
		labelVi: label,
		labelEn: label,
		startDate: isoDate,
		endDate: isoDate,
		schoolDeadline: isoDate,
		districtDeadline: isoDate,
		sortOrder: z.coerce
			.number('schoolYears.error.sortOrder')
			.int('schoolYears.error.sortOrder')
			.min(0, 'schoolYears.error.sortOrder')
			.max(9999, 'schoolYears.error.sortOrder')
	})
	.superRefine((v, ctx) => {
		if (v.endDate < v.startDate)
			ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'schoolYears.error.periodOrder' });
		else if (v.schoolDeadline < v.startDate)
			ctx.addIssue({
				code: 'custom',
				path: ['schoolDeadline'],
				message: 'schoolYears.error.deadlineBeforeStart'
			});
		else if (v.districtDeadline < v.schoolDeadline)
			ctx.addIssue({
				code: 'custom',
				path: ['districtDeadline'],
				message: 'schoolYears.error.deadlineOrder'
			});
	});
export type PeriodFields = z.infer<typeof periodFieldsSchema>;

export const newPeriodSchema = z.object({
	form: z.string().trim().min(1, 'schoolYears.error.form'),
	key: z
		.string()
		.trim()
		.toUpperCase()
		.refine((v) => PERIOD_KEY.test(v) || MONTH_KEY.test(v), 'schoolYears.error.key')
});

export const monthsSchema = z.object({
	form: z.string().trim().min(1, 'schoolYears.error.form'),
	schoolDay: z.coerce
		.number('schoolYears.error.day')
		.int('schoolYears.error.day')
		.min(1, 'schoolYears.error.day')
		.max(31, 'schoolYears.error.day'),
	districtDay: z.coerce
		.number('schoolYears.error.day')
		.int('schoolYears.error.day')
		.min(1, 'schoolYears.error.day')
		.max(31, 'schoolYears.error.day')
});

export const reportFormSchema = z.object({
	code: z
		.string()
		.trim()
		.toUpperCase()
		.regex(/^[A-Z][A-Z0-9_]{1,29}$/, 'schoolYears.error.formCode'),
	nameVi: label,
	nameEn: label,
	periodType: z.enum(['school_year', 'monthly'], 'schoolYears.error.periodType'),
	levels: z.array(z.enum(BASE_LEVELS, 'schoolYears.error.levels')).min(1, 'schoolYears.error.levels')
});
export type ReportFormInput = z.infer<typeof reportFormSchema>;

export const copyQuerySchema = z
	.object({ source: yearCodeSchema, code: yearCodeSchema })
	.refine((v) => v.code > v.source, { path: ['code'], message: 'schoolYears.error.copyLater' });

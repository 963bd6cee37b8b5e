import { z } from 'zod';
import { isoDateSchema, noNul, NUL_MESSAGE } from './form';

/** dd/mm/yyyy as typed (YYYY-MM-DD also taken), stored as YYYY-MM-DD. */
const isoDate = isoDateSchema('reporting.error.date');
const optionalText = (max: number) =>
	z.preprocess(
		(v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
		z.string().trim().max(max, 'reporting.error.tooLong').refine(noNul, NUL_MESSAGE).optional()
	);

/** The school's answer to a finding. */
export const findingResponseSchema = z.object({
	response: z
		.string()
		.trim()
		.min(5, 'followUp.error.responseRequired')
		.max(4000, 'reporting.error.tooLong')
		.refine(noNul, NUL_MESSAGE)
});

/** One planned inspection visit: which school, from when to when, by whom. */
export const visitSchema = z
	.object({
		school: z
			.string()
			.trim()
			.min(1, 'inspection.error.schoolRequired')
			.max(64)
			.regex(/^[A-Za-z0-9._-]+$/, 'inspection.error.schoolRequired'),
		startDate: isoDate,
		endDate: z.preprocess((v) => (v === '' ? undefined : v), isoDate.optional()),
		inspector: optionalText(64),
		inspectorName: optionalText(200),
		note: optionalText(1000)
	})
	.refine((v) => !v.endDate || v.endDate >= v.startDate, {
		path: ['endDate'],
		message: 'followUp.error.endBeforeStart'
	});
export type VisitForm = z.infer<typeof visitSchema>;

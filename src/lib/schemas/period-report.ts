import { z } from 'zod';
import { isoDateSchema, noNul, NUL_MESSAGE } from './form';

const line = (max: number) =>
	z.string().trim().max(max, 'periodReport.error.tooLong').refine(noNul, NUL_MESSAGE);
const required = (max: number) => line(max).min(1, 'periodReport.error.required');

export const PERIOD_REPORT_FIELDS = [
	'unit',
	'year',
	'period',
	'superior',
	'issuer',
	'docNumber',
	'place',
	'issuedOn',
	'title',
	'intro',
	'conclusions',
	'signerTitle',
	'signerName',
	'recipients'
] as const;

/** The "generate a period report" form: the area and period, and the text typed before generating. */
export const periodReportSchema = z.object({
	unit: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
	year: z.string().regex(/^\d{4}-\d{4}$/),
	period: z.string().regex(/^[A-Z0-9_-]{2,20}$/),
	superior: line(200),
	issuer: required(200),
	docNumber: required(60),
	place: required(100),
	issuedOn: isoDateSchema('periodReport.error.date'),
	title: required(400),
	intro: line(20_000),
	conclusions: line(20_000),
	signerTitle: required(200),
	signerName: required(100),
	recipients: line(2_000).transform((v) =>
		v
			.split(/\r?\n/)
			.map((l) => l.trim())
			.filter(Boolean)
	)
});
export type PeriodReportForm = z.infer<typeof periodReportSchema>;

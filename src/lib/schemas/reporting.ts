import { isoDateSchema } from './form';
import { z } from 'zod';
import { noNul, NUL_MESSAGE } from './form';
import { INDICATOR_GROUPS } from '$lib/domain/types';

const code = z
	.string()
	.trim()
	.max(64)
	.regex(/^[A-Za-z0-9._-]+$/);
const isoDate = isoDateSchema('reporting.error.date');
const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());

/** ?unit=&year=&period=&level=&ownership=&group= of the board and the worklist. */
export const areaQuerySchema = z.object({
	unit: optional(code),
	year: optional(z.string().regex(/^\d{4}-\d{4}$/)),
	period: optional(z.string().regex(/^[A-Z0-9_-]{2,20}$/)),
	level: optional(z.enum(['MN', 'TH', 'THCS', 'THPT'])),
	ownership: optional(z.enum(['public', 'non_public'])),
	group: optional(code),
	indicatorGroup: optional(z.enum(INDICATOR_GROUPS))
});
export type AreaQuery = z.infer<typeof areaQuerySchema>;

export function readAreaQuery(url: URL): AreaQuery {
	const raw = Object.fromEntries(
		['unit', 'year', 'period', 'level', 'ownership', 'group', 'indicatorGroup'].map((k) => [
			k,
			url.searchParams.get(k)
		])
	);
	const parsed = areaQuerySchema.safeParse(raw);
	return parsed.success ? parsed.data : {};
}

export const transitionSchema = z.object({
	action: z.enum(['submit', 'approve', 'return', 'reopen']),
	comment: z
		.string()
		.trim()
		.max(2000, 'reporting.error.tooLong')
		.refine(noNul, NUL_MESSAGE)
		.optional()
		.default(''),
	/** Go on with a report that lacks required figures (a checkbox: 'on'; JSON: true). */
	confirmIncomplete: z
		.union([z.boolean(), z.enum(['on', 'true', 'false', ''])])
		.optional()
		.transform((v) => v === true || v === 'on' || v === 'true'),
	/** The version the reviewer saw (the page always sends it; JSON callers may). */
	version: z.preprocess(
		(v) => (v === '' || v === null ? undefined : v),
		z.coerce.number().int().min(0).max(2_147_483_647).optional()
	)
});

/** A ticked report on the board: "<submission id>:<the version shown>" (approval is of what was seen). */
const shownSubmission = z
	.string()
	.regex(/^\d{1,10}:\d{1,10}$/)
	.transform((v) => {
		const [id, version] = v.split(':').map(Number);
		return { id, version };
	})
	.refine((v) => v.id > 0 && v.id <= 2_147_483_647 && v.version <= 2_147_483_647);

export const batchApproveSchema = z.object({
	ids: z.array(shownSubmission).min(1, 'reporting.error.noneSelected').max(500)
});

const yearCode = z.string().regex(/^\d{4}-\d{4}$/);
const periodKey = z.string().regex(/^[A-Z0-9_-]{2,20}$/);

export const periodSwitchSchema = z.object({ year: yearCode, period: periodKey, unit: code });

export const exceptionSchema = z.object({
	year: yearCode,
	period: periodKey,
	school: code.min(1, 'reporting.error.schoolRequired'),
	reason: z
		.string()
		.trim()
		.min(5, 'reporting.error.reasonRequired')
		.max(500, 'reporting.error.tooLong')
		.refine(noNul, NUL_MESSAGE),
	until: optional(isoDate)
});

export const revokeSchema = z.object({ year: yearCode, period: periodKey, school: code });

export const findingSchema = z
	.object({
		school: code.min(1, 'inspection.error.schoolRequired'),
		visitDate: isoDate,
		indicators: z
			.array(z.string().regex(/^[A-Z0-9_]+$/))
			.max(50)
			.default([]),
		text: z
			.string()
			.trim()
			.min(5, 'inspection.error.textRequired')
			.max(4000, 'reporting.error.tooLong')
			.refine(noNul, NUL_MESSAGE),
		followUpDue: optional(isoDate)
	})
	.refine((v) => !v.followUpDue || v.followUpDue >= v.visitDate, {
		path: ['followUpDue'],
		message: 'inspection.error.followUpBeforeVisit'
	});

export const findingStatusSchema = z.object({ status: z.enum(['open', 'closed']) });

import { z } from 'zod';
import { OWNERSHIPS, SCHOOL_LEVELS } from '$lib/domain/types';

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
	z
		.union([z.literal(''), z.enum(values)])
		.catch('')
		.transform((v) => (v === '' ? null : v));

/** The unit and filters of the bulk accounts page (query string and form). */
export const schoolFilterSchema = z.object({
	unit: z.string().trim().max(60),
	level: optionalEnum(SCHOOL_LEVELS),
	ownership: optionalEnum(OWNERSHIPS)
});

/** The confirm form: the filter again, and the schools ticked. */
export const bulkCreateSchema = schoolFilterSchema.extend({
	unit: z.string().trim().min(1, 'bulkAccounts.error.unknown_unit').max(60),
	schools: z.array(z.string().trim().min(1).max(60)).max(5000)
});

/** One line of the sheet handed to schools, posted back by the result page for a download. */
export const sheetRowSchema = z.object({
	code: z.string().max(60),
	name: z.string().max(300),
	username: z.string().max(40),
	password: z.string().max(40)
});

export const sheetSchema = z.object({
	unit: z.string().max(300),
	rows: z.array(sheetRowSchema).min(1).max(5000)
});
export type Sheet = z.infer<typeof sheetSchema>;

/** The hidden `sheet` field: JSON of a Sheet. */
export function parseSheetField(value: FormDataEntryValue | null): Sheet | null {
	if (typeof value !== 'string' || value.length > 2_000_000) return null;
	try {
		const parsed = sheetSchema.safeParse(JSON.parse(value));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

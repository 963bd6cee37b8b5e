import { z } from 'zod';
import { parseDayMonthYear } from '$lib/dates/day-month-year';

/** PostgreSQL refuses \u0000 in text: free-text fields refuse it as a field error (a 400), not a 500. */
export const noNul = (value: string | undefined): boolean => !value?.includes('\u0000');
export const NUL_MESSAGE = 'form.error.nul';

/** The named fields of a form as strings ('' when missing or a file), ready for a zod schema. */
export function fieldsOf<const N extends string>(form: FormData, names: readonly N[]): Record<N, string> {
	const out = {} as Record<N, string>;
	for (const name of names) {
		const value = form.get(name);
		out[name] = typeof value === 'string' ? value : '';
	}
	return out;
}

/** Every value of a repeated field (checkboxes, multi-selects) that is text, at most `max` of them. */
export function listOf(form: FormData, name: string, max = 1000): string[] {
	const out: string[] = [];
	for (const value of form.getAll(name)) if (typeof value === 'string' && out.length < max) out.push(value);
	return out;
}

/**
 * A real calendar day as people type it, dd/mm/yyyy (12/03/2026 is 12 March; YYYY-MM-DD also taken),
 * stored as YYYY-MM-DD; `message` when it is not one.
 */
export const isoDateSchema = (message: string) =>
	z
		.string()
		.trim()
		.transform((v, ctx) => {
			const day = parseDayMonthYear(v);
			if (day) return day;
			ctx.addIssue({ code: 'custom', message });
			return z.NEVER;
		});

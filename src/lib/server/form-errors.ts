import type { z } from 'zod';
import type { MessageKey } from '$lib/i18n/catalogue';
import { isMessageKey, translate, type Params } from '$lib/i18n/translate';
import type { Locale } from '$lib/i18n/types';

/**
 * One translated message per field (the first issue of each). Schema messages are catalogue keys; an
 * issue without one (a limit zod words itself) shows `fallback`, never zod's English.
 */
export function fieldErrors(
	locale: Locale,
	error: z.ZodError,
	options: { params?: Params; fallback?: MessageKey } = {}
): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? 'form');
		if (errors[field]) continue;
		const key = isMessageKey(issue.message) ? issue.message : (options.fallback ?? 'form.error.invalid');
		errors[field] = translate(locale, key, options.params);
	}
	return errors;
}

/** Where a domain refusal shows: its HTTP status, the form field it is about and its catalogue message. */
export type RefusalEntry = { status: number; field: string; message: MessageKey };

/** A domain refusal looked up in its table, as a form failure; `field` overrides the table's field. */
export function refusalFrom<R extends string>(
	table: Record<R, RefusalEntry>,
	locale: Locale,
	reason: R,
	options: { field?: string; params?: Params } = {}
): { status: number; errors: Record<string, string> } {
	const r = table[reason];
	return {
		status: r.status,
		errors: { [options.field ?? r.field]: translate(locale, r.message, options.params) }
	};
}

import type { z } from 'zod';
import { isMessageKey, translate, type Params } from '$lib/i18n/translate';
import type { Locale } from '$lib/i18n/types';

/** One translated message per field; schema messages are catalogue keys. */
export function fieldErrors(locale: Locale, error: z.ZodError, params?: Params): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? 'form');
		if (errors[field]) continue;
		errors[field] = isMessageKey(issue.message) ? translate(locale, issue.message, params) : issue.message;
	}
	return errors;
}

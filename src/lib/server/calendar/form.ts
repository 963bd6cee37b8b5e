import type { z } from 'zod';
import type { MessageKey } from '../../i18n/catalogue';
import { isMessageKey, translate } from '../../i18n/translate';
import type { Locale } from '../../i18n/types';

/** The named fields of a form as strings ('' when missing), ready for a zod schema. */
export function formFields<const N extends string>(form: FormData, names: readonly N[]): Record<N, string> {
	const out = {} as Record<N, string>;
	for (const name of names) {
		const value = form.get(name);
		out[name] = typeof value === 'string' ? value : '';
	}
	return out;
}

/** One translated message per field (schema messages are catalogue keys). */
export function fieldMessages(
	locale: Locale,
	error: z.ZodError,
	fallback: MessageKey = 'reporting.error.invalid'
): Record<string, string> {
	const out: Record<string, string> = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? 'form');
		if (out[field]) continue;
		out[field] = translate(locale, isMessageKey(issue.message) ? issue.message : fallback);
	}
	return out;
}

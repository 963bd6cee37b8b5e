import type { z } from 'zod';
import { isMessageKey, translate } from '../../i18n/translate';
import type { Locale } from '../../i18n/types';
import type { Problem } from './types';

/** The first problem of each field of a failed parse; nested paths joined with dots ('cells.3.value'). */
export function problemsOf(error: z.ZodError): Record<string, Problem> {
	const out: Record<string, Problem> = {};
	for (const issue of error.issues) {
		const field = issue.path.length ? issue.path.join('.') : 'form';
		if (out[field]) continue;
		out[field] = { key: isMessageKey(issue.message) ? issue.message : 'plans.error.invalid' };
	}
	return out;
}

export function translateProblems(
	locale: Locale,
	problems: Record<string, Problem | undefined>
): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [field, p] of Object.entries(problems)) if (p) out[field] = translate(locale, p.key, p.params);
	return out;
}

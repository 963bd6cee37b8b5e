import type { MessageKey } from '$lib/i18n/catalogue';
import { translate } from '$lib/i18n/translate';
import type { Locale } from '$lib/i18n/types';

const FIELD: Record<string, string> = { username_taken: 'username' };

/** A domain refusal as a form failure: 403 when it is about rights, 400 otherwise. */
export function refusal(locale: Locale, reason: string, fallbackField = 'form') {
	const message = translate(locale, `admin.users.error.${reason}` as MessageKey);
	return {
		status: reason === 'forbidden' ? 403 : 400,
		errors: { [FIELD[reason] ?? fallbackField]: message } as Record<string, string>
	};
}

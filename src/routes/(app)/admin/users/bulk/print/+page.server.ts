import { fail } from '@sveltejs/kit';
import { requireUserManager } from '$lib/server/users/guard';
import { translate } from '$lib/i18n/translate';
import { parseSheetField } from '$lib/schemas/bulk-accounts';
import type { Actions, PageServerLoad } from './$types';

// Like sheet/+server.ts: the slips are made from the result page's post, never from a stored copy.
export const load: PageServerLoad = async () => {
	requireUserManager();
	return {};
};

export const actions: Actions = {
	default: async ({ request, url, locals }) => {
		requireUserManager();
		const sheet = parseSheetField((await request.formData()).get('sheet'));
		if (!sheet) return fail(400, { error: translate(locals.locale, 'bulkAccounts.error.sheet') });
		return { sheet, signInUrl: `${url.origin}/login` };
	}
};

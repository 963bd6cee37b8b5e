import { error, json } from '@sveltejs/kit';
import { getHandle } from '$lib/server/db';
import { requireCapability } from '$lib/server/auth/guard';
import { bilingual } from '$lib/i18n/translate';
import { importQuery } from '$lib/schemas/imports';
import { httpStatusOf, pickLocale, refusalBody, toApiBody } from '$lib/server/imports/api-body';
import { receiveUpload } from '$lib/server/imports/receive';
import { importFile } from '$lib/server/imports/service';
import { MAX_FILE_BYTES } from '$lib/server/imports/types';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, url, cookies }) => {
	const user = requireCapability('submit_figures');
	const query = importQuery.safeParse(Object.fromEntries(url.searchParams));
	if (!query.success) error(400, 'dryRun and confirmWarnings take true or false');
	const locale = pickLocale(cookies.get('lang'), request.headers.get('accept-language'));
	const received = await receiveUpload(request, url);
	if (!received.ok) {
		const body =
			received.status === 413
				? refusalBody(
						'file_too_large',
						bilingual('imports.problem.file_too_large', { limit: MAX_FILE_BYTES / 1024 / 1024 }),
						locale
					)
				: received.reason === 'bad_name'
					? refusalBody('file_empty', bilingual('imports.api.bad_name'), locale)
					: refusalBody('file_empty', bilingual('imports.api.no_file'), locale);
		return json(body, { status: received.status });
	}
	const outcome = await importFile(await getHandle(), user, received.file, {
		...query.data,
		defaultPeriod: received.fields.period || undefined,
		previewLimit: 0
	});
	return json(toApiBody(outcome, locale), { status: httpStatusOf(outcome) });
};

import { error, json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireCapability } from '$lib/server/auth/guard';
import { bilingual } from '$lib/i18n/translate';
import { importUnits } from '$lib/server/units/import/import-units';
import { receiveUnitFile } from '$lib/server/units/import/receive';
import { toUnitImportBody, unitImportStatus } from '$lib/server/units/import/api-body';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request, url }) => {
	const user = requireCapability('manage_units');
	const dryRun = url.searchParams.get('dryRun') ?? 'true';
	if (dryRun !== 'true' && dryRun !== 'false') error(400, 'dryRun takes true or false');
	const received = await receiveUnitFile(request, url);
	if (!received.ok) {
		const message = bilingual(
			received.reason === 'too_large' ? 'units.import.tooLarge' : 'units.import.noFile'
		);
		return json({ error: received.reason, message }, { status: received.status });
	}
	const outcome = await importUnits(await getDb(), user, received, { dryRun: dryRun === 'true' });
	return json(toUnitImportBody(outcome), { status: unitImportStatus(outcome) });
};

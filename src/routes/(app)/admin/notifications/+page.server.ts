import { getDb } from '$lib/server/db';
import { requireAdministrator } from '$lib/server/auth/guard';
import { listDeliveries } from '$lib/server/notifications/inbox';
import type { PageServerLoad } from './$types';

const STATUSES = ['queued', 'sent', 'failed', 'gave_up'];

export const load: PageServerLoad = async ({ url }) => {
	requireAdministrator();
	const asked = url.searchParams.get('status') ?? '';
	const status = STATUSES.includes(asked) ? asked : undefined;
	return { status: status ?? '', ...(await listDeliveries(await getDb(), { status })) };
};

import { fail } from '@sveltejs/kit';
import { getDb, getHandle } from '$lib/server/db';
import { requireCapability } from '$lib/server/auth/guard';
import { fieldsOf } from '$lib/schemas/form';
import { defaultPeriod, listPeriodChoices, listSubmitUnits, offerPeriods } from '$lib/server/imports/choices';
import { checkUpload, confirmUpload } from '$lib/server/imports/page-actions';
import { receiveUpload } from '$lib/server/imports/receive';
import { listOwnUploads } from '$lib/server/imports/uploads';
import { MAX_FILE_BYTES, MAX_ROWS } from '$lib/server/imports/types';
import { todayVn } from '$lib/server/calendar/dates';
import type { Actions, PageServerLoad } from './$types';

function requireSubmitter() {
	const user = requireCapability('submit_figures');
	return user;
}

export const load: PageServerLoad = async ({ url }) => {
	const user = requireSubmitter();
	const db = await getDb();
	const [units, allPeriods, uploads] = await Promise.all([
		listSubmitUnits(db, user),
		listPeriodChoices(db),
		listOwnUploads(db, user.id)
	]);
	const periods = offerPeriods(allPeriods, units);
	const today = todayVn();
	// A link from a report that is due names its period (`?period=2025-2026/HK1`).
	const asked = periods.find((p) => p.ref === url.searchParams.get('period'))?.ref ?? null;
	// An office usually sends one file for all its schools; a school, its own (and only its forms).
	const unit = units.find((u) => u.type !== 'school') ?? units[0];
	const level = unit?.type === 'school' ? unit.level : null;
	return {
		units,
		periods,
		defaultUnit: unit?.code ?? '',
		askedPeriod: asked,
		defaultPeriod: asked ?? defaultPeriod(periods, today, level)?.ref ?? null,
		uploads,
		limits: { megabytes: MAX_FILE_BYTES / 1024 / 1024, rows: MAX_ROWS }
	};
};

export const actions: Actions = {
	check: async ({ request, url, locals }) => {
		const user = requireSubmitter();
		const received = await receiveUpload(request, url);
		if (!received.ok) return fail(received.status, { refused: received.reason });
		const period = received.fields.period.trim() || undefined;
		const result = await checkUpload(await getHandle(), user, received.file, period, locals.locale);
		return result.status === 'rejected' ? fail(result.forbidden ? 403 : 422, { result }) : { result };
	},
	store: async ({ request, locals }) => {
		const user = requireSubmitter();
		const fields = fieldsOf(await request.formData(), ['token', 'confirmWarnings']);
		const result = await confirmUpload(
			await getHandle(),
			user,
			fields.token,
			fields.confirmWarnings === 'on',
			locals.locale
		);
		if (!result) return fail(400, { expired: true });
		return result.status === 'rejected' ? fail(result.forbidden ? 403 : 422, { result }) : { result };
	}
};

import { fail, redirect } from '@sveltejs/kit';
import { openPlan } from '$lib/server/plans/open-plan';
import { listTargets } from '$lib/server/plans/queries';
import {
	applyTargetImport,
	MAX_TARGET_FILE_BYTES,
	previewTargetImport,
	sha256Of
} from '$lib/server/plans/import-targets';
import { viewImportPreview } from '$lib/server/plans/import-view';
import { problemsOf, translateProblems } from '$lib/server/plans/problems';
import { IMPORT_MODES, importConfirmSchema } from '$lib/schemas/plans';
import { translate } from '$lib/i18n/translate';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const { db, ctx } = await openPlan(params, 'edit_targets');
	return {
		plan: { unit: ctx.plan.unitCode, unitName: ctx.plan.unitName, year: ctx.plan.yearCode },
		existing: (await listTargets(db, ctx)).length,
		maxMb: MAX_TARGET_FILE_BYTES / 1024 / 1024
	};
};

export const actions: Actions = {
	preview: async (event) => {
		const { db, ctx } = await openPlan(event.params, 'edit_targets');
		const locale = event.locals.locale;
		const form = await event.request.formData();
		const file = form.get('file');
		const modeText = String(form.get('mode') ?? '');
		const mode = IMPORT_MODES.find((m) => m === modeText) ?? 'replace';
		if (!(file instanceof File) || file.size === 0) {
			return fail(400, { errors: { file: translate(locale, 'plans.import.fileRequired') } });
		}
		const bytes = new Uint8Array(await file.arrayBuffer());
		const preview = await previewTargetImport(db, ctx, bytes, file.name, mode);
		return { preview: viewImportPreview(locale, ctx, preview, mode, bytes) };
	},

	confirm: async (event) => {
		const { db, user, ctx } = await openPlan(event.params, 'edit_targets');
		const locale = event.locals.locale;
		const parsed = importConfirmSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { errors: translateProblems(locale, problemsOf(parsed.error)) });
		const { file, fileName, mode, sha256 } = parsed.data;
		const bytes = new Uint8Array(Buffer.from(file, 'base64'));
		if (sha256Of(bytes) !== sha256) {
			return fail(400, { errors: { file: translate(locale, 'plans.import.changed') } });
		}
		const result = await applyTargetImport(db, user.id, ctx, bytes, fileName, mode);
		if (!result.ok)
			return fail(400, { preview: viewImportPreview(locale, ctx, result.preview, mode, bytes) });
		redirect(
			303,
			`/plans/${ctx.plan.unitCode}/${ctx.plan.yearCode}?done=imported&created=${result.created}&deleted=${result.deleted}`
		);
	}
};

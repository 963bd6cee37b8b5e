import { error, fail, redirect } from '@sveltejs/kit';
import { targetFormSchema } from '$lib/schemas/plans';
import { openPlan } from '$lib/server/plans/open-plan';
import { problemsOf, translateProblems } from '$lib/server/plans/problems';
import { formOptions } from '$lib/server/plans/view';
import { readerPageData } from '$lib/server/plan-reader/page-data';
import { readPlanDocument } from '$lib/server/plan-reader/read-document';
import {
	acceptProposal,
	createReading,
	findReading,
	readStoredReading,
	rejectProposal
} from '$lib/server/plan-reader/readings';
import { translate } from '$lib/i18n/translate';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const opened = await openPlan(params, 'edit_targets');
	const id = Number(url.searchParams.get('r'));
	const data = await readerPageData(opened, locals.locale, Number.isInteger(id) && id > 0 ? id : null);
	if (data.missing) error(404, 'Not found');
	return { ...data, options: formOptions(locals.locale, opened.ctx) };
};

async function openReading(params: { unit: string; year: string }, url: URL) {
	const opened = await openPlan(params, 'edit_targets');
	const row = await findReading(opened.db, opened.ctx, Number(url.searchParams.get('r')));
	if (!row) error(404, 'Not found');
	return { opened, row, proposalId: url.searchParams.get('p') ?? '' };
}

export const actions: Actions = {
	read: async ({ params, request, locals }) => {
		const opened = await openPlan(params, 'edit_targets');
		const data = await request.formData();
		const file = data.get('file');
		const pasted = String(data.get('text') ?? '').trim();
		let doc: { fileName: string; format: 'docx' | 'pdf' | 'txt' | 'pasted'; text: string };
		if (file instanceof File && file.size > 0) {
			const read = await readPlanDocument(file.name, new Uint8Array(await file.arrayBuffer()));
			if (!read.ok)
				return fail(400, { error: translate(locals.locale, `reader.error.${read.reason}`), text: pasted });
			doc = { fileName: file.name, format: read.format, text: read.text };
		} else if (pasted) {
			doc = {
				fileName: translate(locals.locale, 'reader.paste'),
				format: 'pasted',
				text: pasted.slice(0, 2_000_000)
			};
		} else return fail(400, { error: translate(locals.locale, 'reader.error.noInput'), text: '' });
		const id = await createReading(opened.db, opened.user.id, opened.ctx, doc);
		redirect(303, `/plans/${opened.ctx.plan.unitCode}/${opened.ctx.plan.yearCode}/read?r=${id}`);
	},
	accept: async ({ params, request, locals, url }) => {
		const { opened, row, proposalId } = await openReading(params, url);
		const values: Record<string, string> = {};
		for (const [k, v] of await request.formData()) if (typeof v === 'string') values[k] = v;
		const reading = await readStoredReading(opened.db, row);
		if (!reading.proposals.some((p) => p.id === proposalId)) error(404, 'Not found');
		const parsed = targetFormSchema.safeParse(values);
		if (!parsed.success)
			return fail(400, {
				proposal: proposalId,
				values,
				errors: translateProblems(locals.locale, problemsOf(parsed.error))
			});
		const result = await acceptProposal(opened.db, opened.user.id, opened.ctx, row, proposalId, parsed.data);
		if (!result.ok) {
			if ('notFound' in result) error(404, 'Not found');
			return fail(400, {
				proposal: proposalId,
				values,
				errors: translateProblems(locals.locale, result.errors)
			});
		}
		redirect(303, `${url.pathname}?r=${row.id}#p-${proposalId}`);
	},
	reject: async ({ params, url }) => {
		const { opened, row, proposalId } = await openReading(params, url);
		await rejectProposal(opened.db, row, proposalId);
		redirect(303, `${url.pathname}?r=${row.id}#p-${proposalId}`);
	}
};

import { error, fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { can } from '$lib/server/auth/access';
import { requireUser, requireVisible } from '$lib/server/auth/guard';
import { fieldErrors } from '$lib/server/form-errors';
import { todayVn } from '$lib/server/calendar/dates';
import { findFinding, respondToFinding, updateFinding } from '$lib/server/inspection/findings';
import {
	foreignIndicators,
	listFindingHistory,
	loadIndicatorGroups
} from '$lib/server/inspection/findings-page';
import { addAttachment, listAttachments } from '$lib/server/inspection/attachments';
import { findUnitByCode } from '$lib/server/units/queries';
import { withIndicatorNames } from '$lib/server/inspection/indicator-names';
import { findingSchema } from '$lib/schemas/reporting';
import { findingResponseSchema } from '$lib/schemas/follow-up';
import { translate } from '$lib/i18n/translate';
import type { Action } from '$lib/server/auth/access';
import type { Actions, PageServerLoad } from './$types';

function idOf(param: string): number {
	const id = Number(param);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, 'Not found');
	return id;
}

async function finding(param: string, action: Action) {
	const db = await getDb();
	const found = await findFinding(db, idOf(param));
	requireVisible(action, found ? { path: found.unitPath, type: 'school' } : null);
	return { db, found: found! };
}

async function schoolLevelOf(code: string): Promise<string | null> {
	return (await findUnitByCode(await getDb(), code))?.schoolLevel ?? null;
}

export const load: PageServerLoad = async ({ params, url }) => {
	const user = requireUser();
	const { db, found } = await finding(params.id, 'read');
	const at = { path: found.unitPath, type: 'school' };
	const canEdit = can(user, 'record_finding', at);
	const canRespond = can(user, 'respond_finding', at);
	const [history, attachments, indicatorGroups, [named]] = await Promise.all([
		listFindingHistory(db, found.id),
		listAttachments(db, found.id),
		loadIndicatorGroups(db, await schoolLevelOf(found.unitCode)),
		withIndicatorNames(db, [found])
	]);
	return {
		finding: named,
		canEdit,
		canRespond,
		history,
		attachments,
		indicatorGroups,
		q: url.searchParams.get('q') ?? '',
		today: todayVn()
	};
};

export const actions: Actions = {
	update: async ({ params, request, locals }) => {
		const user = requireUser();
		const { db, found } = await finding(params.id, 'record_finding');
		const form = await request.formData();
		const str = (k: string) => (typeof form.get(k) === 'string' ? (form.get(k) as string) : '');
		const values = {
			school: found.unitCode,
			visitDate: str('visitDate'),
			indicators: form.getAll('indicators').filter((v): v is string => typeof v === 'string'),
			text: str('text'),
			followUpDue: str('followUpDue')
		};
		const parsed = findingSchema.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(locals.locale, parsed.error) });
		if ((await foreignIndicators(db, await schoolLevelOf(found.unitCode), parsed.data.indicators)).length) {
			return fail(400, {
				values,
				errors: { indicators: translate(locals.locale, 'followUp.error.foreignIndicator') }
			});
		}
		await updateFinding(db, {
			id: found.id,
			actorId: user.id,
			changes: {
				visitDate: parsed.data.visitDate,
				indicatorCodes: parsed.data.indicators,
				text: parsed.data.text,
				followUpDue: parsed.data.followUpDue ?? null
			}
		});
		return { saved: true };
	},
	close: async ({ params }) => {
		const user = requireUser();
		const { db, found } = await finding(params.id, 'record_finding');
		await updateFinding(db, { id: found.id, actorId: user.id, changes: { status: 'closed' } });
		return { saved: true };
	},
	reopen: async ({ params }) => {
		const user = requireUser();
		const { db, found } = await finding(params.id, 'record_finding');
		await updateFinding(db, { id: found.id, actorId: user.id, changes: { status: 'open' } });
		return { saved: true };
	},
	respond: async ({ params, request, locals }) => {
		const user = requireUser();
		const { db, found } = await finding(params.id, 'respond_finding');
		const form = await request.formData();
		const response = typeof form.get('response') === 'string' ? (form.get('response') as string) : '';
		const parsed = findingResponseSchema.safeParse({ response });
		if (!parsed.success) {
			return fail(400, { response, responseErrors: fieldErrors(locals.locale, parsed.error) });
		}
		const result = await respondToFinding(db, {
			id: found.id,
			actorId: user.id,
			response: parsed.data.response
		});
		if (result === 'closed') {
			return fail(409, {
				response,
				responseErrors: { response: translate(locals.locale, 'followUp.error.closed') }
			});
		}
		return { responded: true };
	},
	attach: async ({ params, request, locals }) => {
		const user = requireUser();
		const { db, found } = await finding(params.id, 'read');
		const at = { path: found.unitPath, type: 'school' };
		if (!can(user, 'record_finding', at) && !can(user, 'respond_finding', at)) error(403, 'Forbidden');
		const files = (await request.formData())
			.getAll('file')
			.filter((f): f is File => f instanceof File && f.size > 0);
		if (files.length === 0) {
			return fail(400, { attachError: translate(locals.locale, 'followUp.attach.error.empty') });
		}
		for (const file of files) {
			const result = await addAttachment(db, {
				findingId: found.id,
				actorId: user.id,
				fileName: file.name,
				bytes: new Uint8Array(await file.arrayBuffer())
			});
			if (!result.ok) {
				const status = result.reason === 'too_big' ? 413 : result.reason === 'closed' ? 409 : 400;
				return fail(status, {
					attachError: translate(locals.locale, `followUp.attach.error.${result.reason}`, { name: file.name })
				});
			}
		}
		return { attached: files.length };
	}
};

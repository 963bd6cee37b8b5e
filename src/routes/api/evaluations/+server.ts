import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireAccess, requireUser } from '$lib/server/auth/guard';
import { findUnitByCode } from '$lib/server/units/queries';
import { tryEvaluate } from '$lib/server/evaluation/queries';
import { evaluationsQuery } from '$lib/schemas/evaluations';
import { bilingual } from '$lib/i18n/translate';
import { explainRow } from '$lib/targets/explain';
import type { MessageKey } from '$lib/i18n';
import type { RequestHandler } from './$types';

const problem = (field: string, key: MessageKey, params: Record<string, string>) =>
	json({ field, message: bilingual(key, params) }, { status: 400 });

export const GET: RequestHandler = async ({ url }) => {
	requireUser();
	const query = evaluationsQuery.safeParse(Object.fromEntries(url.searchParams));
	if (!query.success) {
		const field = String(query.error.issues[0]?.path[0] ?? 'unit');
		const p = url.searchParams;
		const special: Record<string, MessageKey> = {
			year: 'targets.api.badYear',
			period: 'targets.api.badPeriod',
			indicator: 'targets.api.badIndicator',
			children: 'targets.api.badChildren',
			withSelf: 'targets.api.badChildren'
		};
		const key = p.has(field) ? (special[field] ?? 'targets.api.badParam') : 'targets.api.missing';
		return problem(field, key, {
			name: field,
			year: p.get('year') ?? '',
			period: p.get('period') ?? '',
			indicator: p.get('indicator') ?? ''
		});
	}
	const q = query.data;
	const db = await getDb();
	requireAccess('read', await findUnitByCode(db, q.unit));
	const outcome = await tryEvaluate(db, {
		unitCode: q.unit,
		yearCode: q.year,
		periodKey: q.period,
		indicatorCodes: q.indicator.length ? q.indicator : undefined,
		children: q.children,
		withSelf: q.withSelf,
		filters: { levels: q.levels.length ? q.levels : undefined, ownership: q.ownership, groupCode: q.group }
	});
	if (outcome.ok)
		return json(
			outcome.rows.map((row) =>
				row.projection
					? {
							...row,
							projection: {
								...row.projection,
								explanation: { vi: explainRow('vi', row), en: explainRow('en', row) }
							}
						}
					: row
			)
		);
	if (outcome.notFound) return json({ message: 'Not found' }, { status: 404 });
	return problem(outcome.problem.field, outcome.problem.key, outcome.problem.params);
};

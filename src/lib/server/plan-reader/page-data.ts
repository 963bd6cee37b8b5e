// What the reader page shows: the stored document as blocks, each proposal with the form values it
// would be saved with (scope found in the plan), the decisions taken, and the figures left unplaced.
import type { Locale } from '../../i18n/types';
import type { OpenPlan } from '../plans/open-plan';
import { proposalFormValues, resolveScope } from './proposal-target';
import { findReading, listReadings, readStoredReading } from './readings';

export async function readerPageData(opened: OpenPlan, locale: Locale, readingId: number | null) {
	const { db, ctx } = opened;
	const plan = { unit: ctx.plan.unitCode, unitName: ctx.plan.unitName, year: ctx.plan.yearCode };
	const previous = (await listReadings(db, ctx)).map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
	if (readingId === null) return { plan, previous, reading: null, missing: false };
	const row = await findReading(db, ctx, readingId);
	if (!row) return { plan, previous, reading: null, missing: true };
	const cpu = process.cpuUsage();
	const reading = await readStoredReading(db, row);
	const spent = process.cpuUsage(cpu);
	const name = (code: string) => {
		const i = ctx.indicators.get(code);
		return i ? (locale === 'vi' ? i.nameVi : i.nameEn) : code;
	};
	const lang = locale === 'vi' ? 'vi' : 'en';
	return {
		plan,
		previous,
		missing: false,
		reading: {
			id: row.id,
			fileName: row.fileName,
			legacy: reading.legacy,
			cpuMs: Math.round((spent.user + spent.system) / 1000),
			blocks: reading.blocks.map((b) => ({
				id: b.id,
				tableRow: b.tableRow,
				heading: b.heading,
				clauses: b.clauses
			})),
			proposals: reading.proposals
				.filter((p) => ctx.indicators.has(p.indicator))
				.map((p) => ({
					...p,
					name: name(p.indicator),
					alternatives: p.alternatives.map((a) => ({ ...a, name: name(a.code) })),
					scopeFound: resolveScope(ctx, p).found,
					values: proposalFormValues(ctx, p, lang),
					decision: row.decisions[p.id] ?? null
				})),
			unplaced: reading.unplaced.map((u) => ({
				...u,
				suggestionName: u.suggestion ? name(u.suggestion) : null
			}))
		}
	};
}

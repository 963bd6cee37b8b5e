import { sql } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { forms, periodsFor, schoolYears } from './data/calendar';

/** School years, forms and their periods with both deadlines; returns `year/key` → period id. */
export async function loadCalendar(db: Db, years: string[]): Promise<Map<string, number>> {
	await db
		.insert(table.reportForms)
		.values(forms.map((f) => ({ ...f })))
		.onConflictDoNothing();
	const formRows = await db.select().from(table.reportForms);
	const formIds = new Map(formRows.map((f) => [f.code, f.id]));
	const result = new Map<string, number>();
	for (const code of years) {
		const y = schoolYears.find((s) => s.code === code);
		if (!y) throw new Error(`unknown school year ${code}`);
		const [year] = await db
			.insert(table.schoolYears)
			.values({
				code: y.code,
				startDate: y.start,
				endDate: y.end,
				hk1Start: y.hk1[0],
				hk1End: y.hk1[1],
				hk2Start: y.hk2[0],
				hk2End: y.hk2[1]
			})
			.onConflictDoUpdate({ target: table.schoolYears.code, set: { endDate: y.end } })
			.returning({ id: table.schoolYears.id });
		const periodRows = await db
			.insert(table.periods)
			.values(
				periodsFor(code).map((p, i) => ({
					schoolYearId: year.id,
					formId: formIds.get(p.form)!,
					key: p.key,
					labelVi: p.labelVi,
					labelEn: p.labelEn,
					startDate: p.start,
					endDate: p.end,
					schoolDeadline: p.schoolDeadline,
					districtDeadline: p.districtDeadline,
					sortOrder: i
				}))
			)
			.onConflictDoUpdate({
				target: [table.periods.schoolYearId, table.periods.key],
				set: { schoolDeadline: sql`excluded.school_deadline` }
			})
			.returning({ id: table.periods.id, key: table.periods.key });
		for (const p of periodRows) result.set(`${code}/${p.key}`, p.id);
	}
	return result;
}

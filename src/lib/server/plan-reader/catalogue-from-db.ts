// The catalogue as the reader reads it, from the database: indicators with their plan phrases.
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { recordAudit } from '../auth/audit';
import { STANDARD_JUDGED_AT } from './standard-phrases';
import type { ReaderIndicator, ReaderLevel } from './types';

export async function loadReaderCatalogue(db: Db): Promise<ReaderIndicator[]> {
	const [rows, elements] = await Promise.all([
		db.select().from(table.indicators).orderBy(table.indicators.sortOrder),
		db
			.select({ code: table.dataElements.code, maxLevel: table.dataElements.maxLevel })
			.from(table.dataElements)
	]);
	const maxLevels = new Map(elements.map((e) => [e.code, e.maxLevel]));
	return rows.map((r) => ({
		code: r.code,
		nameVi: r.nameVi,
		unit: r.unit,
		direction: r.direction,
		levels: r.levels as ReaderLevel[],
		formulaKind: r.formula.kind,
		phrases: r.planPhrases,
		judgedAt: STANDARD_JUDGED_AT[r.code],
		maxLevel: r.formula.kind === 'level' ? (maxLevels.get(r.formula.element) ?? null) : null
	}));
}

/** One phrase a line; blank lines and repeats dropped. */
export function parsePlanPhrases(text: string): string[] {
	const seen = new Set<string>();
	return text
		.split(/\r?\n/)
		.map((l) => l.replace(/\s+/g, ' ').trim().normalize('NFC'))
		.filter((l) => l !== '' && l.length <= 200 && !seen.has(l) && seen.add(l))
		.slice(0, 50);
}

export async function storePlanPhrases(
	db: Db,
	actorId: string,
	code: string,
	phrases: string[]
): Promise<boolean> {
	return db.transaction(async (tx) => {
		const [before] = await tx
			.select({ id: table.indicators.id, planPhrases: table.indicators.planPhrases })
			.from(table.indicators)
			.where(eq(table.indicators.code, code));
		if (!before) return false;
		await tx.update(table.indicators).set({ planPhrases: phrases }).where(eq(table.indicators.id, before.id));
		await recordAudit(tx, {
			actorId,
			action: 'indicator.plan_phrases',
			subject: code,
			before: { planPhrases: before.planPhrases },
			after: { planPhrases: phrases }
		});
		return true;
	});
}

export async function loadPlanPhrases(db: Db, code: string): Promise<string[]> {
	const [row] = await db
		.select({ planPhrases: table.indicators.planPhrases })
		.from(table.indicators)
		.where(eq(table.indicators.code, code));
	return row?.planPhrases ?? [];
}

// Each sheet of a setup workbook stored through the same functions and schemas as its own page or
// import: the school-list import for units, the school-year, catalogue and plan stores, and the plan
// targets import for targets. Called inside one transaction (their own transactions become savepoints).
import Papa from 'papaparse';
import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { catalogueRefusal } from '../catalogue/refusals';
import { createElement } from '../catalogue/store-elements';
import { createIndicator } from '../catalogue/store-indicators';
import { createRule } from '../catalogue/store-rules';
import { createPlan } from '../plans/create-plan';
import { applyTargetImport } from '../plans/import-targets';
import { loadPlanContext } from '../plans/plan-context';
import { findPlan } from '../plans/queries';
import { TARGET_COLUMNS } from '../plans/transfer-format';
import { refusalOf } from '../school-years/refusals';
import { addPeriod, createYear } from '../school-years/store-years';
import { createForm } from '../school-years/store-forms';
import { loadStoredUnits } from '../units/import/import-units';
import { parseUnitRows } from '../units/import/parse-rows';
import { planUnitImport } from '../units/import/plan';
import { applyUnitPlan } from '../units/import/store';
import { elementSchema, indicatorSchema, ruleSchema } from '$lib/schemas/catalogue';
import {
	newPeriodSchema,
	newYearSchema,
	periodFieldsSchema,
	reportFormSchema,
	YEAR_DATE_FIELDS
} from '$lib/schemas/school-years';
import { bilingual, type SheetProblems } from './workbook-problems';
import { readDate, readYes, splitList, type SheetRecord } from './workbook-sheets';

export type StoreContext = { tx: Db; actorId: string; fileName: string };
type Records = SheetRecord[];

/** The units sheet is the school-list import's template: its parser, checks and store. */
export async function storeUnits(
	c: StoreContext,
	grid: { rows: string[][]; rowNumbers: number[] },
	p: SheetProblems
): Promise<number> {
	const parsed = parseUnitRows(grid.rows, grid.rowNumbers);
	const headers = parsed.headers as Record<string, string | undefined>;
	const plan = planUnitImport(parsed.records, await loadStoredUnits(c.tx), { all: true, paths: [] });
	const problems = [...parsed.problems, ...(parsed.problems.length ? [] : plan.problems)];
	for (const q of problems) p.add(q.row, headers[q.column] ?? q.column, q.value, q.message);
	if (problems.length) return 0;
	await applyUnitPlan(c.tx, plan, c.actorId, c.fileName);
	return plan.counts.new + plan.counts.changed;
}

export async function storeForms(c: StoreContext, records: Records, p: SheetProblems) {
	let n = 0;
	for (const { row, values } of records) {
		const input = { ...values, levels: splitList(values.levels) };
		const parsed = reportFormSchema.safeParse(input);
		if (!parsed.success) p.addZod(row, input, parsed.error);
		else {
			const r = await createForm(c.tx, c.actorId, parsed.data);
			if (r.ok) n++;
			else p.addRefusal(row, input, (l) => refusalOf(l, r.reason, 'code').errors, 'code');
		}
	}
	return n;
}

const PERIOD_DATES = ['startDate', 'endDate', 'schoolDeadline', 'districtDeadline'];
const withDates = (values: Record<string, string>, fields: readonly string[]) => ({
	...values,
	...Object.fromEntries(fields.map((f) => [f, readDate(values[f])]))
});

export async function storeYears(c: StoreContext, records: Records, p: SheetProblems) {
	let n = 0;
	for (const { row, values } of records) {
		const input = withDates(values, YEAR_DATE_FIELDS);
		const parsed = newYearSchema.safeParse(input);
		if (!parsed.success) p.addZod(row, input, parsed.error);
		else {
			const r = await createYear(c.tx, c.actorId, parsed.data);
			if (r.ok) n++;
			else p.addRefusal(row, input, (l) => refusalOf(l, r.reason).errors, 'code');
		}
	}
	return n;
}

export async function storePeriods(c: StoreContext, records: Records, p: SheetProblems) {
	let n = 0;
	for (const { row, values } of records) {
		const input = withDates(values, PERIOD_DATES);
		const head = newPeriodSchema.safeParse(input);
		const fields = periodFieldsSchema.safeParse(input);
		if (!head.success) p.addZod(row, input, head.error);
		if (!fields.success) p.addZod(row, input, fields.error);
		if (!head.success || !fields.success) continue;
		const r = await addPeriod(c.tx, c.actorId, values.year ?? '', { ...head.data, ...fields.data });
		if (r.ok) n++;
		else if (r.reason === 'not_found')
			p.add(row, 'year', values.year ?? '', bilingual('setupBook.error.unknownYear'));
		else
			p.addRefusal(
				row,
				input,
				(l) => refusalOf(l, r.reason).errors,
				r.reason === 'unknown_form' ? 'form' : 'key'
			);
	}
	return n;
}

export async function storeElements(c: StoreContext, records: Records, p: SheetProblems) {
	let n = 0;
	for (const { row, values } of records) {
		const input = {
			...values,
			maxLevel: values.maxLevel ?? '',
			levels: splitList(values.levels),
			forms: splitList(values.forms)
		};
		const parsed = elementSchema.safeParse(input);
		if (!parsed.success) p.addZod(row, input, parsed.error);
		else {
			const r = await createElement(c.tx, c.actorId, parsed.data);
			if (r.ok) n++;
			else p.addRefusal(row, input, (l) => catalogueRefusal(l, r.reason).errors, 'code');
		}
	}
	return n;
}

export async function storeIndicators(c: StoreContext, records: Records, p: SheetProblems) {
	let n = 0;
	for (const { row, values } of records) {
		const input = {
			numerator: '',
			denominator: '',
			element: '',
			atLeast: '',
			...values,
			levels: splitList(values.levels)
		};
		const parsed = indicatorSchema.safeParse(input);
		if (!parsed.success) p.addZod(row, input, parsed.error);
		else {
			const r = await createIndicator(c.tx, c.actorId, parsed.data);
			if (r.ok) n++;
			else
				p.addRefusal(
					row,
					input,
					(l) => catalogueRefusal(l, r.reason, { codes: r.codes }).errors,
					r.reason === 'exists'
						? 'code'
						: values.kind === 'rate' || values.kind === 'sum'
							? 'numerator'
							: 'element'
				);
		}
	}
	return n;
}

export async function storeRules(c: StoreContext, records: Records, p: SheetProblems) {
	let n = 0;
	for (const { row, values } of records) {
		const input = {
			nameVi: '',
			nameEn: '',
			left: '',
			right: '',
			...values,
			active: values.active === undefined || values.active === '' ? true : readYes(values.active)
		};
		const parsed = ruleSchema.safeParse(input);
		if (!parsed.success) p.addZod(row, input, parsed.error);
		else {
			const r = await createRule(c.tx, c.actorId, parsed.data);
			if (r.ok) n++;
			else p.addRefusal(row, input, (l) => catalogueRefusal(l, r.reason, { codes: r.codes }).errors, 'left');
		}
	}
	return n;
}

export async function storePlans(c: StoreContext, records: Records, p: SheetProblems) {
	let n = 0;
	for (const { row, values } of records) {
		const code = (values.unit ?? '').toUpperCase();
		const [unit] = await c.tx
			.select({
				id: table.units.id,
				code: table.units.code,
				name: table.units.name,
				type: table.units.type
			})
			.from(table.units)
			.where(eq(table.units.code, code));
		if (!unit) {
			p.add(row, 'unit', values.unit ?? '', bilingual('setupBook.error.unknownUnit'));
			continue;
		}
		const r = await createPlan(c.tx, c.actorId, {
			unit,
			yearCode: values.year ?? '',
			titleVi: values.titleVi,
			titleEn: values.titleEn
		});
		if (r.ok) n++;
		else if (r.reason === 'year_unknown')
			p.add(row, 'year', values.year ?? '', bilingual('setupBook.error.unknownYear'));
		else p.add(row, 'unit', values.unit ?? '', bilingual(`setupBook.error.plan.${r.reason}`));
	}
	return n;
}

/** Each plan's rows go through the plan's own targets import, as the CSV its export writes. */
export async function storeTargets(c: StoreContext, records: Records, p: SheetProblems) {
	const byPlan = new Map<string, Records>();
	for (const r of records) {
		const key = `${(r.values.unit ?? '').toUpperCase()}|${r.values.year ?? ''}`;
		byPlan.set(key, [...(byPlan.get(key) ?? []), r]);
	}
	let n = 0;
	for (const [key, rows] of byPlan) {
		const [unit, year] = key.split('|');
		const plan = await findPlan(c.tx, unit, year);
		if (!plan) {
			for (const r of rows) p.add(r.row, 'unit', r.values.unit ?? '', bilingual('setupBook.error.noPlan'));
			continue;
		}
		const csv = Papa.unparse([
			[...TARGET_COLUMNS],
			...rows.map((r) => TARGET_COLUMNS.map((col) => r.values[col] ?? ''))
		]);
		const bytes = new TextEncoder().encode(csv);
		const ctx = await loadPlanContext(c.tx, plan);
		const result = await applyTargetImport(c.tx, c.actorId, ctx, bytes, `${unit}-${year}.csv`, 'replace');
		if (result.ok) {
			n += result.created;
			continue;
		}
		for (const q of result.preview.problems) {
			// The CSV's row 2 is the first of this plan's rows in the sheet.
			const sheetRow = q.row >= 2 ? (rows[q.row - 2]?.row ?? 0) : 0;
			p.add(sheetRow, q.column, q.value, q.message);
		}
	}
	return n;
}

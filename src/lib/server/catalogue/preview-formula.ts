// An indicator's value before it is saved: its formula over the whole province's figures of the
// latest period where it has a value (a rate's numerator may come on a later form than its
// denominator: the few latest periods with any of its figures are tried) (schools and communes only: a district's own roll-up would
// count twice), computed by the same pure code as evaluations.
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import { pgArray } from '../imports/load-context';
import { aggregateUnits, type IndicatorValue, type UnitFigures } from '../evaluation/aggregate';
import { formulaCodes, type IndicatorInput } from '$lib/schemas/catalogue';

export type FormulaPreview = {
	period: { ref: string; labelVi: string; labelEn: string } | null;
	value: IndicatorValue | null;
};

export async function previewFormula(
	db: Db,
	ind: Pick<IndicatorInput, 'formula' | 'levels'>
): Promise<FormulaPreview> {
	const codes = pgArray(formulaCodes(ind.formula));
	const candidates = await queryRows(
		db,
		sql`select p.id, y.code || '/' || p.key as ref, p.label_vi, p.label_en
			from periods p join school_years y on y.id = p.school_year_id
			where exists (select 1 from submissions s join figures f on f.submission_id = s.id
				join data_elements d on d.id = f.data_element_id
				where s.period_id = p.id and d.code = any(${codes}::text[]))
			order by y.start_date desc, p.sort_order desc, p.id desc limit 6`,
		(r) => ({
			id: col.int(r.id),
			ref: col.text(r.ref),
			labelVi: col.text(r.label_vi),
			labelEn: col.text(r.label_en)
		})
	);
	for (const period of candidates) {
		const value = await computeIn(db, ind, codes, period.id);
		if (value.actual !== null)
			return { period: { ref: period.ref, labelVi: period.labelVi, labelEn: period.labelEn }, value };
	}
	return { period: null, value: null };
}

async function computeIn(
	db: Db,
	ind: Pick<IndicatorInput, 'formula' | 'levels'>,
	codes: SQL,
	periodId: number
): Promise<IndicatorValue> {
	const rows = await queryRows(
		db,
		sql`select u.id as unit_id, u.school_level, d.code, f.value
			from submissions s join units u on u.id = s.unit_id and u.type in ('school', 'commune')
			join figures f on f.submission_id = s.id join data_elements d on d.id = f.data_element_id
			where s.period_id = ${periodId} and d.code = any(${codes}::text[])`,
		(r) => ({
			unitId: col.int(r.unit_id),
			level: col.textOrNull(r.school_level),
			code: col.text(r.code),
			value: col.num(r.value)
		})
	);
	const units = new Map<number, UnitFigures>();
	for (const r of rows) {
		let u = units.get(r.unitId);
		if (!u) units.set(r.unitId, (u = { level: r.level, figures: {} }));
		u.figures[r.code] = r.value;
	}
	return aggregateUnits(ind, [...units.values()]);
}

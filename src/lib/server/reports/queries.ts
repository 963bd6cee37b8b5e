import { eq, sql } from 'drizzle-orm';
import { queryRowsUntyped, type Db } from '../db';
import * as table from '../db/schema';
import { findPeriodById, type PeriodInfo } from '../calendar/queries';
import type { UnitRow } from '../units/queries';
import type { CsvDialect } from '../exports/csv-dialect';
import { aggregateUpward, formatUpwardCsv, periodRef, type FigureFact, type UpwardRow } from './upward';

export type UpwardReport = {
	unitCode: string;
	period: string;
	rows: UpwardRow[];
	/** Schools whose reports went into the roll-up. */
	schools: number;
	statuses: string[];
};

/**
 * The roll-up of the schools (and communes) under a district for a period, from their received
 * reports: approved only, or (default) submitted and approved.
 */
export async function buildUpwardReport(
	db: Db,
	input: { area: UnitRow; period: PeriodInfo; approvedOnly?: boolean }
): Promise<UpwardReport> {
	const statuses = input.approvedOnly ? ['approved'] : ['submitted', 'approved'];
	const list = sql.join(
		statuses.map((s) => sql`${s}`),
		sql`, `
	);
	const rows = await queryRowsUntyped<{
		code: string;
		value_type: FigureFact['valueType'];
		unit_scope: FigureFact['unitScope'];
		sort_order: number;
		value: number;
		unit_id: number;
		unit_type: string;
	}>(
		db,
		sql`select d.code, d.value_type, d.unit_scope, d.sort_order, f.value, u.id as unit_id, u.type as unit_type
		from figures f
		join submissions s on s.id = f.submission_id
		join units u on u.id = s.unit_id
		join data_elements d on d.id = f.data_element_id
		where s.period_id = ${input.period.id} and s.status in (${list})
		  and u.path like ${input.area.path + '%'} and u.id <> ${input.area.id}
		  and ((u.type = 'school' and d.unit_scope = 'school') or (u.type = 'commune' and d.unit_scope = 'commune'))`
	);
	const facts: FigureFact[] = rows.map((r) => ({
		code: r.code,
		valueType: r.value_type,
		unitScope: r.unit_scope,
		sortOrder: Number(r.sort_order),
		value: Number(r.value)
	}));
	const schools = new Set(rows.filter((r) => r.unit_type === 'school').map((r) => Number(r.unit_id))).size;
	return {
		unitCode: input.area.code,
		period: periodRef(input.period.yearCode, input.period.key),
		rows: aggregateUpward(facts),
		schools,
		statuses
	};
}

export function upwardCsv(report: UpwardReport, dialect: CsvDialect = 'plain'): string {
	return formatUpwardCsv(report.unitCode, report.period, report.rows, dialect);
}

export function upwardFileName(report: UpwardReport): string {
	return `bao-cao-tong-hop_${report.unitCode}_${report.period.replace('/', '_')}.csv`;
}

/** What the province approved: the district's roll-up at that moment (kept in the audit row). */
export async function snapshotRollup(db: Db, districtId: number, periodId: number): Promise<unknown> {
	const [area] = await db.select().from(table.units).where(eq(table.units.id, districtId));
	const period = await findPeriodById(db, periodId);
	if (!area || !period) return null;
	const report = await buildUpwardReport(db, { area, period, approvedOnly: true });
	return { rows: report.rows, schools: report.schools };
}

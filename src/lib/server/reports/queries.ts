import { eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import { VALUE_TYPES } from '../../domain/types';
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

const readValueType = col.oneOf(VALUE_TYPES);
const readUnitScope = col.oneOf(['school', 'commune']);

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
	const rows = await queryRows(
		db,
		sql`select d.code, d.value_type, d.unit_scope, d.sort_order, f.value, u.id as unit_id, u.type as unit_type
		from figures f
		join submissions s on s.id = f.submission_id
		join units u on u.id = s.unit_id
		join data_elements d on d.id = f.data_element_id
		where s.period_id = ${input.period.id} and s.status in (${list})
		  and u.path like ${input.area.path + '%'} and u.id <> ${input.area.id}
		  and ((u.type = 'school' and d.unit_scope = 'school') or (u.type = 'commune' and d.unit_scope = 'commune'))`,
		(r) => ({
			fact: {
				code: col.text(r.code),
				valueType: readValueType(r.value_type),
				unitScope: readUnitScope(r.unit_scope),
				sortOrder: col.int(r.sort_order),
				value: col.num(r.value)
			} satisfies FigureFact,
			unitId: col.int(r.unit_id),
			unitType: col.text(r.unit_type)
		})
	);
	const facts = rows.map((r) => r.fact);
	const schools = new Set(rows.filter((r) => r.unitType === 'school').map((r) => r.unitId)).size;
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

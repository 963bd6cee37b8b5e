// Every school's evaluation under an area in a few statements: the evaluation of each non-school
// unit's direct children (one request per level of the tree that holds schools), keeping the
// school rows. Same rows as evaluateSchools per indicator, without one request per indicator.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import type { EvaluateRequest, EvaluationRow } from '../../domain/evaluation';
import { tryEvaluate } from '../evaluation/queries';

export async function evaluateAllSchools(
	db: Db,
	input: {
		area: { id: number; code: string; type: string };
		yearCode: string;
		periodKey: string;
		indicatorCodes?: string[];
		filters?: EvaluateRequest['filters'];
	}
): Promise<EvaluationRow[]> {
	const { yearCode, periodKey, indicatorCodes, filters } = input;
	if (input.area.type === 'school') {
		const out = await tryEvaluate(db, {
			unitCode: input.area.code,
			yearCode,
			periodKey,
			indicatorCodes,
			filters
		});
		return out.ok ? out.rows : [];
	}
	const rows: EvaluationRow[] = [];
	const queue = [input.area];
	while (queue.length) {
		const unit = queue.shift()!;
		const out = await tryEvaluate(db, {
			unitCode: unit.code,
			yearCode,
			periodKey,
			indicatorCodes,
			filters,
			children: true
		});
		if (!out.ok) continue;
		rows.push(...out.rows.filter((r) => r.unitType === 'school'));
		const inner = await queryRows(
			db,
			sql`select c.id, c.code, c.type from units c where c.parent_id = ${unit.id} and c.type <> 'school'
			    and exists (select 1 from units s where s.type = 'school' and s.path like c.path || '%')`,
			(r) => ({ id: col.int(r.id), code: col.text(r.code), type: col.text(r.type) })
		);
		queue.push(...inner);
	}
	return rows;
}

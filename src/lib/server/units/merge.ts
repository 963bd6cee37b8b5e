// School A merged into school B from a date: A is closed from that date (its earlier figures stay under
// it, readable on its pages, and completeness stops expecting it), remembers B, and the accounts that
// only ever acted for A are disabled (B reports from then on; B's own accounts are untouched).
import { and, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { can } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { recordAudit } from '../auth/audit';
import { invalidateUserSessions } from '../auth/session';
import type { MergeInput } from '../../schemas/units';
import { findUnitByCode, type UnitRow } from './queries';
import { dayBefore, isOpenOn, mayManageUnit, type UnitRefusal } from './manage';

export type MergeOutcome = { ok: true; disabled: string[] } | { ok: false; reason: UnitRefusal };

const refuse = (reason: UnitRefusal): MergeOutcome => ({ ok: false, reason });

/** Accounts whose every role is at the school (an account with a role elsewhere keeps working). */
async function accountsOnlyAt(db: Db, unitId: number): Promise<{ id: string; username: string }[]> {
	return queryRows(
		db,
		sql`select u.id, u.username from users u
		    where not u.disabled
		      and exists (select 1 from role_assignments r where r.user_id = u.id and r.unit_id = ${unitId})
		      and not exists (select 1 from role_assignments r where r.user_id = u.id
		                      and (r.unit_id is null or r.unit_id <> ${unitId}))
		    order by u.username`,
		(r) => ({ id: col.text(r.id), username: col.text(r.username) })
	);
}

export async function mergeSchool(
	db: Db,
	user: AuthUser,
	school: UnitRow,
	input: MergeInput
): Promise<MergeOutcome> {
	if (!mayManageUnit(user, school)) return refuse('forbidden');
	if (school.type !== 'school') return refuse('not_school');
	if (!isOpenOn(school, input.from) || school.activeTo) return refuse('closed');
	if (school.activeFrom && school.activeFrom >= input.from) return refuse('before_opening');
	return db.transaction(async (tx): Promise<MergeOutcome> => {
		const into = await findUnitByCode(tx, input.intoCode);
		if (!into) return refuse('unknown_into');
		if (!can(user, 'manage_units', into)) return refuse('forbidden');
		if (into.type !== 'school') return refuse('not_school');
		if (into.id === school.id) return refuse('into_self');
		if (!isOpenOn(into, input.from)) return refuse('into_closed');

		const activeTo = dayBefore(input.from);
		await tx
			.update(table.units)
			.set({ activeTo, mergedIntoId: into.id })
			.where(eq(table.units.id, school.id));
		const accounts = await accountsOnlyAt(tx, school.id);
		if (accounts.length) {
			const ids = accounts.map((a) => a.id);
			await tx
				.update(table.users)
				.set({ disabled: true })
				.where(and(inArray(table.users.id, ids), eq(table.users.disabled, false)));
			for (const a of accounts) {
				await invalidateUserSessions(tx, a.id);
				await recordAudit(tx, {
					actorId: user.id,
					action: 'user.disable',
					subject: a.username,
					unitId: school.id,
					before: { disabled: false },
					after: { disabled: true, reason: 'unit.merge', mergedInto: into.code }
				});
			}
		}
		await recordAudit(tx, {
			actorId: user.id,
			action: 'unit.merge',
			subject: school.code,
			unitId: school.id,
			before: { activeTo: null, mergedInto: null },
			after: {
				activeTo,
				from: input.from,
				mergedInto: into.code,
				disabledAccounts: accounts.map((a) => a.username)
			}
		});
		return { ok: true, disabled: accounts.map((a) => a.username) };
	});
}

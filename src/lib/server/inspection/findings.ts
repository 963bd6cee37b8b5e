// Inspectors' visits and findings on a school: recorded by those who may `record_finding`, seen by
// everyone who reads the school (the school itself, its district, the province). Every change audited.
import { notifyFinding } from '../notifications/events';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db';
import * as table from '../db/schema';
import { writeAudit } from '../submissions/events';
import type { UnitRow } from '../units/queries';
import type { FindingInput, Finding } from '../../domain/inspection';
export type { FindingInput, Finding, FindingView } from '../../domain/inspection';

const responders = alias(table.users, 'responders');

const columns = {
	id: table.findings.id,
	visitDate: table.findings.visitDate,
	indicatorCodes: table.findings.indicatorCodes,
	text: table.findings.text,
	followUpDue: table.findings.followUpDue,
	status: table.findings.status,
	unitCode: table.units.code,
	unitName: table.units.name,
	author: table.users.displayName,
	authorId: table.findings.authorId,
	createdAt: table.findings.createdAt,
	response: table.findings.response,
	respondedAt: table.findings.respondedAt,
	responder: responders.displayName,
	closedAt: table.findings.closedAt
};

function selectFindings(db: Db) {
	return db
		.select(columns)
		.from(table.findings)
		.innerJoin(table.units, eq(table.units.id, table.findings.unitId))
		.leftJoin(table.users, eq(table.users.id, table.findings.authorId))
		.leftJoin(responders, eq(responders.id, table.findings.respondedBy));
}

const OPEN_FIRST_NEWEST = [
	sql`${table.findings.status} = 'closed'`,
	desc(table.findings.visitDate),
	desc(table.findings.id)
];

/** A school's findings, open ones first, newest visit first. */
export async function listFindingsForUnit(
	db: Db,
	input: { unitCode: string; status?: 'open' | 'closed' }
): Promise<Finding[]> {
	const conditions = [eq(table.units.code, input.unitCode)];
	if (input.status) conditions.push(eq(table.findings.status, input.status));
	return selectFindings(db)
		.where(and(...conditions))
		.orderBy(...OPEN_FIRST_NEWEST);
}

/** Findings on schools under an area (optionally only these schools / only open ones). */
export async function listFindingsUnder(
	db: Db,
	input: { area: UnitRow; status?: 'open' | 'closed'; unitIds?: number[] }
): Promise<Finding[]> {
	const conditions = [sql`${table.units.path} like ${input.area.path + '%'}`];
	if (input.status) conditions.push(eq(table.findings.status, input.status));
	if (input.unitIds) {
		if (input.unitIds.length === 0) return [];
		conditions.push(inArray(table.findings.unitId, input.unitIds));
	}
	return selectFindings(db)
		.where(and(...conditions))
		.orderBy(...OPEN_FIRST_NEWEST);
}

export async function findFinding(
	db: Db,
	id: number
): Promise<(Finding & { unitId: number; unitPath: string }) | null> {
	const [row] = await db
		.select({ ...columns, unitId: table.units.id, unitPath: table.units.path })
		.from(table.findings)
		.innerJoin(table.units, eq(table.units.id, table.findings.unitId))
		.leftJoin(table.users, eq(table.users.id, table.findings.authorId))
		.leftJoin(responders, eq(responders.id, table.findings.respondedBy))
		.where(eq(table.findings.id, id));
	return row ?? null;
}

/** The finding, locked until the transaction ends (edits and answers do not cross); undefined if none. */
async function lockFinding(tx: Db, id: number) {
	const [row] = await tx.select().from(table.findings).where(eq(table.findings.id, id)).for('update');
	return row;
}

export async function createFinding(
	db: Db,
	input: FindingInput & { school: UnitRow; actorId: string }
): Promise<number> {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(table.findings)
			.values({
				unitId: input.school.id,
				authorId: input.actorId,
				visitDate: input.visitDate,
				indicatorCodes: input.indicatorCodes,
				text: input.text,
				followUpDue: input.followUpDue
			})
			.returning({ id: table.findings.id });
		await writeAudit(tx, {
			actorId: input.actorId,
			action: 'finding.create',
			unitId: input.school.id,
			subject: `finding:${row.id}`,
			after: {
				school: input.school.code,
				visitDate: input.visitDate,
				indicatorCodes: input.indicatorCodes,
				followUpDue: input.followUpDue
			}
		});
		await notifyFinding(
			tx,
			{
				id: row.id,
				unitId: input.school.id,
				authorId: input.actorId,
				visitDate: input.visitDate,
				text: input.text,
				followUpDue: input.followUpDue ?? null
			},
			{ kind: 'finding_recorded' }
		);
		return row.id;
	});
}

/** Edits a finding's content and/or status; audited with before and after. False when it does not exist. */
export async function updateFinding(
	db: Db,
	input: { id: number; actorId: string; changes: Partial<FindingInput> & { status?: 'open' | 'closed' } }
): Promise<boolean> {
	return db.transaction(async (tx) => {
		const before = await lockFinding(tx, input.id);
		if (!before) return false;
		const c = input.changes;
		const set = {
			...(c.visitDate !== undefined ? { visitDate: c.visitDate } : {}),
			...(c.indicatorCodes !== undefined ? { indicatorCodes: c.indicatorCodes } : {}),
			...(c.text !== undefined ? { text: c.text } : {}),
			...(c.followUpDue !== undefined ? { followUpDue: c.followUpDue } : {}),
			...(c.status !== undefined ? { status: c.status } : {})
		};
		if (Object.keys(set).length === 0) return true;
		const closing =
			c.status === undefined || c.status === before.status
				? {}
				: c.status === 'closed'
					? { closedAt: new Date(), closedBy: input.actorId }
					: { closedAt: null, closedBy: null };
		await tx
			.update(table.findings)
			.set({ ...set, ...closing })
			.where(eq(table.findings.id, input.id));
		const action =
			c.status && c.status !== before.status
				? c.status === 'closed'
					? 'finding.close'
					: 'finding.reopen'
				: 'finding.update';
		await writeAudit(tx, {
			actorId: input.actorId,
			action,
			unitId: before.unitId,
			subject: `finding:${input.id}`,
			before: {
				visitDate: before.visitDate,
				indicatorCodes: before.indicatorCodes,
				text: before.text,
				followUpDue: before.followUpDue,
				status: before.status
			},
			after: set
		});
		return true;
	});
}

export type RespondResult = 'ok' | 'not_found' | 'closed';

/** The school's answer to a finding: replaces its earlier one while the finding is open; audited. */
export async function respondToFinding(
	db: Db,
	input: { id: number; actorId: string; response: string }
): Promise<RespondResult> {
	return db.transaction(async (tx) => {
		const before = await lockFinding(tx, input.id);
		if (!before) return 'not_found';
		if (before.status === 'closed') return 'closed';
		await tx
			.update(table.findings)
			.set({ response: input.response, respondedAt: new Date(), respondedBy: input.actorId })
			.where(eq(table.findings.id, input.id));
		await writeAudit(tx, {
			actorId: input.actorId,
			action: 'finding.respond',
			unitId: before.unitId,
			subject: `finding:${input.id}`,
			before: { response: before.response },
			after: { response: input.response }
		});
		return 'ok';
	});
}

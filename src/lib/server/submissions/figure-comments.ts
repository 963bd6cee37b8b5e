// Comment threads on the figures of a report: the district asks about a figure, the school answers
// on the same thread. Read by whoever may read the report; written by its reviewers and the
// school's reporters only.
import { asc, eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import * as table from '../db/schema';
import { can } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { writeAudit } from './events';
import type { FigureComment, CommentSide } from '../../domain/review';

export type { FigureComment, CommentSide };

export const MAX_COMMENT_LENGTH = 2000;

/** Which side of the thread a user writes on, or null when they may not write. */
export function commentSideFor(
	user: AuthUser | null,
	unit: { path: string; type: string }
): CommentSide | null {
	if (unit.type !== 'school') return null;
	if (can(user, 'review_submission', unit)) return 'reviewer';
	if (can(user, 'submit_figures', unit)) return 'school';
	return null;
}

export async function listFigureComments(db: Db, submissionId: number): Promise<FigureComment[]> {
	const rows = await db
		.select({
			id: table.figureComments.id,
			code: table.dataElements.code,
			side: table.figureComments.side,
			body: table.figureComments.body,
			author: table.users.displayName,
			at: table.figureComments.createdAt
		})
		.from(table.figureComments)
		.innerJoin(table.dataElements, eq(table.dataElements.id, table.figureComments.dataElementId))
		.leftJoin(table.users, eq(table.users.id, table.figureComments.authorId))
		.where(eq(table.figureComments.submissionId, submissionId))
		.orderBy(asc(table.figureComments.createdAt), asc(table.figureComments.id));
	return rows;
}

/** The figures the district has commented on (what a return lists), in catalogue order. */
export async function listCommentedCodes(db: Db, submissionId: number): Promise<string[]> {
	return queryRows(
		db,
		sql`select d.code from data_elements d
		    where exists (select 1 from figure_comments c where c.submission_id = ${submissionId}
		                  and c.data_element_id = d.id and c.side = 'reviewer')
		    order by d.sort_order, d.code`,
		(r) => col.text(r.code)
	);
}

export type AddCommentOutcome =
	| { ok: true; id: number; side: CommentSide }
	| { ok: false; reason: 'not_found' | 'forbidden' | 'empty' | 'too_long' | 'unknown_figure' };

export async function addFigureComment(
	db: Db,
	input: { submissionId: number; code: string; body: string; actor: AuthUser }
): Promise<AddCommentOutcome> {
	const body = input.body.trim();
	const [row] = await db
		.select({ unit: table.units })
		.from(table.submissions)
		.innerJoin(table.units, eq(table.units.id, table.submissions.unitId))
		.where(eq(table.submissions.id, input.submissionId));
	if (!row || !can(input.actor, 'read', row.unit)) return { ok: false, reason: 'not_found' };
	const side = commentSideFor(input.actor, row.unit);
	if (!side) return { ok: false, reason: 'forbidden' };
	if (!body) return { ok: false, reason: 'empty' };
	if (body.length > MAX_COMMENT_LENGTH) return { ok: false, reason: 'too_long' };
	const [element] = await db
		.select({ id: table.dataElements.id })
		.from(table.dataElements)
		.where(eq(table.dataElements.code, input.code));
	if (!element) return { ok: false, reason: 'unknown_figure' };
	return db.transaction(async (tx) => {
		const [c] = await tx
			.insert(table.figureComments)
			.values({
				submissionId: input.submissionId,
				dataElementId: element.id,
				authorId: input.actor.id,
				side,
				body
			})
			.returning({ id: table.figureComments.id });
		await writeAudit(tx, {
			actorId: input.actor.id,
			action: 'figure_comment.add',
			unitId: row.unit.id,
			subject: `submission:${input.submissionId}/${input.code}`,
			after: { side, body }
		});
		return { ok: true, id: c.id, side };
	});
}

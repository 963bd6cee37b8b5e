// What the review part of a school's report page shows: the figures in context, the threads on them,
// the explanations the district required and the indicators it may require them for.
import type { Db } from '../db';
import { can } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { listExplainable, type Explainable } from '../explanations/service';
import { listRequirements, type Requirement } from '../explanations/queries';
import type { SubmissionDetail } from './detail';
import { commentSideFor, listFigureComments, type CommentSide, type FigureComment } from './figure-comments';
import { loadReviewContext, type ReviewContext } from './review-context';

export type ReviewPage = {
	context: ReviewContext;
	comments: FigureComment[];
	/** The figures the district commented on (listed with a returned report). */
	commented: string[];
	/** The side the user writes on, or null: read only. */
	side: CommentSide | null;
	requirements: Requirement[];
	/** For reviewers: the indicators off track or at risk they may require explanations of. */
	explainable: Explainable[];
	mayRequire: boolean;
};

export async function loadReviewPage(
	db: Db,
	detail: SubmissionDetail,
	user: AuthUser
): Promise<ReviewPage | null> {
	if (detail.kind !== 'school') return null;
	const mayRequire = can(user, 'review_submission', detail.unit);
	const [context, comments, requirements, explainable] = await Promise.all([
		loadReviewContext(db, {
			unitId: detail.unit.id,
			periodId: detail.period.id,
			figures: detail.figures,
			missing: detail.missing
		}),
		listFigureComments(db, detail.id),
		listRequirements(db, detail.id),
		mayRequire
			? listExplainable(db, {
					school: detail.unit,
					yearCode: detail.period.yearCode,
					periodKey: detail.period.key
				})
			: Promise.resolve([])
	]);
	const commented = [...new Set(comments.filter((c) => c.side === 'reviewer').map((c) => c.code))];
	return {
		context,
		comments,
		commented,
		side: commentSideFor(user, detail.unit),
		requirements,
		explainable,
		mayRequire
	};
}

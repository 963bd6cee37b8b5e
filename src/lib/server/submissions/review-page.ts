// What the review part of a school's report page shows: the figures in context, the threads on them,
// the explanations the district required and the indicators it may require them for.
import type { Db } from '../db';
import { can } from '../auth/access';
import type { AuthUser } from '../auth/user';
import { listExplainable } from '../explanations/service';
import { listRequirements } from '../explanations/queries';
import type { SubmissionDetail } from './detail';
import { commentSideFor, listFigureComments } from './figure-comments';
import { loadReviewContext } from './review-context';
import type { ReviewPage } from '../../domain/review';

export type { ReviewPage };

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

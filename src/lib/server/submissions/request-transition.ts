// A transition a person asks for, from the report's page or the JSON API: the same call, with the
// rollup snapshotted when a rollup report is approved.
import type { z } from 'zod';
import type { Db } from '../db';
import type { AuthUser } from '../auth/user';
import type { transitionSchema } from '$lib/schemas/reporting';
import { snapshotRollup } from '../reports/queries';
import { transitionSubmission } from './service';

export function requestTransition(
	db: Db,
	submissionId: number,
	actor: AuthUser,
	request: z.infer<typeof transitionSchema>
) {
	return transitionSubmission(db, {
		submissionId,
		action: request.action,
		comment: request.comment,
		actor,
		snapshot: snapshotRollup,
		confirmIncomplete: request.confirmIncomplete,
		version: request.version
	});
}

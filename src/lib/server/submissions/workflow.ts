// The submission workflow as a pure state machine. Two kinds of subject share it:
//  - a school's report for a period: the school submits (an upload does it too), the district
//    approves (figures locked) or returns it with a comment; an approved report may be reopened
//    with a reason, which sends it back to the school as `returned` (the school corrects and
//    resubmits: reopening means "this needs fixing", never a silent edit by the reviewer);
//  - a district's roll-up for a period (a submission row of the district unit): the district
//    sends it up, the province approves or returns it, and may reopen it.
import { can, type UnitRef } from '../auth/access';
import type { AuthUser } from '../auth/user';

export const SUBMISSION_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
export const WORKFLOW_ACTIONS = ['submit', 'approve', 'return', 'reopen'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];
export type SubjectKind = 'school' | 'rollup';

export type Permissions = {
	/** May submit (school: submit_figures on the school; roll-up: submit_figures on the district). */
	submit: boolean;
	/** May decide (school: review_submission; roll-up: approve_rollup). */
	review: boolean;
};

export type RefusalReason =
	| 'forbidden'
	| 'wrong_status'
	| 'comment_required'
	| 'no_figures'
	| 'schools_pending'
	| 'rollup_approved'
	| 'incomplete'
	| 'version_changed'
	| 'explanation_required';

export type TransitionInput = {
	kind: SubjectKind;
	status: SubmissionStatus;
	action: WorkflowAction;
	permissions: Permissions;
	comment?: string | null;
	/** School reports: does the submission hold any figure? */
	hasFigures?: boolean;
	/** Roll-ups: school reports of the district still awaiting a decision (submitted or returned). */
	pendingSchools?: number;
	/** School reports: has the province approved the district's roll-up that includes this report? */
	rollupApproved?: boolean;
	/** School reports (submit, approve): required figures of the form the report lacks. */
	missingFigures?: number;
	/** School reports (approve): indicators the district required an explanation of that has none yet. */
	missingExplanations?: number;
	/** The actor confirmed going on with an incomplete report. */
	confirmIncomplete?: boolean;
	/** The report's current version, and the one the reviewer saw (when the request says). */
	version?: number;
	shownVersion?: number;
};

export type TransitionResult = { ok: true; to: SubmissionStatus } | { ok: false; reason: RefusalReason };

const RULES: Record<
	WorkflowAction,
	{ from: SubmissionStatus[]; to: SubmissionStatus; by: keyof Permissions }
> = {
	submit: { from: ['draft', 'returned'], to: 'submitted', by: 'submit' },
	approve: { from: ['submitted'], to: 'approved', by: 'review' },
	return: { from: ['submitted'], to: 'returned', by: 'review' },
	reopen: { from: ['approved'], to: 'returned', by: 'review' }
};

/** A comment worth the name: returning or reopening must say why. */
export const MIN_COMMENT_LENGTH = 5;

export function decideTransition(input: TransitionInput): TransitionResult {
	const rule = RULES[input.action];
	if (!input.permissions[rule.by]) return { ok: false, reason: 'forbidden' };
	if (!rule.from.includes(input.status)) return { ok: false, reason: 'wrong_status' };
	// A decision is about what the reviewer read: a newer upload in between needs a new look.
	if (
		(input.action === 'approve' || input.action === 'return') &&
		input.shownVersion !== undefined &&
		input.shownVersion !== input.version
	)
		return { ok: false, reason: 'version_changed' };
	const needsComment = input.action === 'return' || input.action === 'reopen';
	if (needsComment && (input.comment ?? '').trim().length < MIN_COMMENT_LENGTH) {
		return { ok: false, reason: 'comment_required' };
	}
	if (input.kind === 'school') {
		if (input.action === 'submit' && !input.hasFigures) return { ok: false, reason: 'no_figures' };
		if (
			(input.action === 'submit' || input.action === 'approve') &&
			(input.missingFigures ?? 0) > 0 &&
			!input.confirmIncomplete
		)
			return { ok: false, reason: 'incomplete' };
		if (input.action === 'approve' && (input.missingExplanations ?? 0) > 0)
			return { ok: false, reason: 'explanation_required' };
		if (input.action === 'reopen' && input.rollupApproved) return { ok: false, reason: 'rollup_approved' };
	} else if (input.action === 'approve' && (input.pendingSchools ?? 0) > 0) {
		return { ok: false, reason: 'schools_pending' };
	}
	return { ok: true, to: rule.to };
}

/** The actions worth offering as buttons (status and rights allow them; content checks come later). */
export function offeredActions(status: SubmissionStatus, permissions: Permissions): WorkflowAction[] {
	return WORKFLOW_ACTIONS.filter((action) => {
		const rule = RULES[action];
		return permissions[rule.by] && rule.from.includes(status);
	});
}

/** A school's report is a 'school' subject, a district's report its roll-up; nothing else has one. */
export function subjectKind(unitType: string): SubjectKind | null {
	if (unitType === 'school') return 'school';
	if (unitType === 'district') return 'rollup';
	return null;
}

export function permissionsFor(user: AuthUser | null, kind: SubjectKind, unit: UnitRef): Permissions {
	return {
		submit: can(user, 'submit_figures', unit),
		review: can(user, kind === 'school' ? 'review_submission' : 'approve_rollup', unit)
	};
}

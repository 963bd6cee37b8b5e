import { describe, expect, it } from 'vitest';
import type { AuthUser, Role } from '../auth/user';
import {
	decideTransition,
	offeredActions,
	permissionsFor,
	SUBMISSION_STATUSES,
	WORKFLOW_ACTIONS,
	type SubjectKind,
	type SubmissionStatus,
	type WorkflowAction
} from './workflow';

// The demo tree: HP /1/ → HAIAN /1/2/ → HA-TH-THANHTO /1/2/10/; ANLAO /1/3/.
const SCHOOL = { path: '/1/2/10/', type: 'school' };
const DISTRICT = { path: '/1/2/', type: 'district' };

function user(role: Role, unitPath: string | null, unitType: string | null): AuthUser {
	return {
		id: `u-${role}`,
		username: role,
		displayName: role,
		mustChangePassword: false,
		disabled: false,
		assignments: [{ role, unitId: 1, unitCode: 'X', unitName: 'X', unitPath, unitType }]
	};
}
const USERS = {
	admin: user('admin', null, null),
	province: user('province', '/1/', 'province'),
	district: user('district', '/1/2/', 'district'),
	inspector: user('inspector', '/1/2/', 'district'),
	school: user('school', '/1/2/10/', 'school'),
	anlao: user('district', '/1/3/', 'district')
};
type Who = keyof typeof USERS;

// Hand-written: every allowed (kind, action, from → to) and who may do it. Everything else is refused.
const ALLOWED: {
	kind: SubjectKind;
	action: WorkflowAction;
	from: SubmissionStatus;
	to: SubmissionStatus;
	who: Who[];
}[] = [
	{ kind: 'school', action: 'submit', from: 'draft', to: 'submitted', who: ['admin', 'district', 'school'] },
	{
		kind: 'school',
		action: 'submit',
		from: 'returned',
		to: 'submitted',
		who: ['admin', 'district', 'school']
	},
	{
		kind: 'school',
		action: 'approve',
		from: 'submitted',
		to: 'approved',
		who: ['admin', 'province', 'district']
	},
	{
		kind: 'school',
		action: 'return',
		from: 'submitted',
		to: 'returned',
		who: ['admin', 'province', 'district']
	},
	{
		kind: 'school',
		action: 'reopen',
		from: 'approved',
		to: 'returned',
		who: ['admin', 'province', 'district']
	},
	{ kind: 'rollup', action: 'submit', from: 'draft', to: 'submitted', who: ['admin', 'district'] },
	{ kind: 'rollup', action: 'submit', from: 'returned', to: 'submitted', who: ['admin', 'district'] },
	{ kind: 'rollup', action: 'approve', from: 'submitted', to: 'approved', who: ['admin', 'province'] },
	{ kind: 'rollup', action: 'return', from: 'submitted', to: 'returned', who: ['admin', 'province'] },
	{ kind: 'rollup', action: 'reopen', from: 'approved', to: 'returned', who: ['admin', 'province'] }
];
// Who may act at all on the subject, whatever its status (for telling "forbidden" from "wrong status").
const SUBMITTERS: Record<SubjectKind, Who[]> = {
	school: ['admin', 'district', 'school'],
	rollup: ['admin', 'district']
};
const REVIEWERS: Record<SubjectKind, Who[]> = {
	school: ['admin', 'province', 'district'],
	rollup: ['admin', 'province']
};

describe('every transition, for every role', () => {
	const cases = (['school', 'rollup'] as const).flatMap((kind) =>
		(Object.keys(USERS) as Who[]).flatMap((who) =>
			SUBMISSION_STATUSES.flatMap((status) =>
				WORKFLOW_ACTIONS.map((action) => ({ kind, who, status, action }))
			)
		)
	);
	it('covers 2 kinds × 6 roles × 4 statuses × 4 actions', () => expect(cases).toHaveLength(192));

	it.each(cases)('$kind: $who tries $action on $status', ({ kind, who, status, action }) => {
		const unit = kind === 'school' ? SCHOOL : DISTRICT;
		const result = decideTransition({
			kind,
			status,
			action,
			permissions: permissionsFor(USERS[who], kind, unit),
			comment: 'Số liệu lớp 5 chưa khớp',
			hasFigures: true,
			pendingSchools: 0,
			rollupApproved: false
		});
		const rule = ALLOWED.find((r) => r.kind === kind && r.action === action && r.from === status);
		if (rule && rule.who.includes(who)) {
			expect(result).toEqual({ ok: true, to: rule.to });
			return;
		}
		const mayAct = (action === 'submit' ? SUBMITTERS : REVIEWERS)[kind].includes(who);
		expect(result).toEqual({ ok: false, reason: mayAct ? 'wrong_status' : 'forbidden' });
	});
});

describe('refusals beyond rights and status', () => {
	const reviewer = { submit: false, review: true };
	const submitter = { submit: true, review: false };
	it('returning or reopening needs a reason of at least a few words', () => {
		for (const comment of [undefined, null, '', '   ', 'sai']) {
			expect(
				decideTransition({
					kind: 'school',
					status: 'submitted',
					action: 'return',
					permissions: reviewer,
					comment
				})
			).toEqual({
				ok: false,
				reason: 'comment_required'
			});
		}
		expect(
			decideTransition({
				kind: 'rollup',
				status: 'approved',
				action: 'reopen',
				permissions: reviewer,
				comment: ''
			})
		).toEqual({
			ok: false,
			reason: 'comment_required'
		});
		expect(
			decideTransition({ kind: 'school', status: 'submitted', action: 'approve', permissions: reviewer })
		).toEqual({
			ok: true,
			to: 'approved'
		});
	});
	it('a school cannot submit an empty report', () => {
		expect(
			decideTransition({
				kind: 'school',
				status: 'draft',
				action: 'submit',
				permissions: submitter,
				hasFigures: false
			})
		).toEqual({
			ok: false,
			reason: 'no_figures'
		});
	});
	it('the province cannot approve a roll-up while school reports await a decision', () => {
		const input = { kind: 'rollup', status: 'submitted', action: 'approve', permissions: reviewer } as const;
		expect(decideTransition({ ...input, pendingSchools: 2 })).toEqual({
			ok: false,
			reason: 'schools_pending'
		});
		expect(decideTransition({ ...input, pendingSchools: 0 })).toEqual({ ok: true, to: 'approved' });
	});
	it('a school report inside an approved roll-up stays closed until the province reopens the roll-up', () => {
		const input = {
			kind: 'school',
			status: 'approved',
			action: 'reopen',
			permissions: reviewer,
			comment: 'Sai số học sinh'
		} as const;
		expect(decideTransition({ ...input, rollupApproved: true })).toEqual({
			ok: false,
			reason: 'rollup_approved'
		});
		expect(decideTransition({ ...input, rollupApproved: false })).toEqual({ ok: true, to: 'returned' });
	});
	it('rights are checked before the status: a stranger learns nothing about the state', () => {
		const none = { submit: false, review: false };
		expect(
			decideTransition({ kind: 'school', status: 'approved', action: 'submit', permissions: none })
		).toEqual({
			ok: false,
			reason: 'forbidden'
		});
	});
});

describe('the buttons offered', () => {
	it('follow status and rights', () => {
		expect(offeredActions('submitted', { submit: false, review: true })).toEqual(['approve', 'return']);
		expect(offeredActions('approved', { submit: true, review: true })).toEqual(['reopen']);
		expect(offeredActions('returned', { submit: true, review: false })).toEqual(['submit']);
		expect(offeredActions('draft', { submit: false, review: false })).toEqual([]);
	});
});

describe('incomplete reports', () => {
	const allowed = { submit: true, review: true };
	const base = { kind: 'school' as const, permissions: allowed, hasFigures: true };

	it('refuses to submit or approve without confirming the missing figures', () => {
		expect(decideTransition({ ...base, status: 'draft', action: 'submit', missingFigures: 3 })).toEqual({
			ok: false,
			reason: 'incomplete'
		});
		expect(decideTransition({ ...base, status: 'submitted', action: 'approve', missingFigures: 1 })).toEqual({
			ok: false,
			reason: 'incomplete'
		});
	});

	it('goes on when confirmed, or when nothing is missing', () => {
		expect(
			decideTransition({
				...base,
				status: 'draft',
				action: 'submit',
				missingFigures: 3,
				confirmIncomplete: true
			})
		).toEqual({ ok: true, to: 'submitted' });
		expect(decideTransition({ ...base, status: 'submitted', action: 'approve', missingFigures: 0 })).toEqual({
			ok: true,
			to: 'approved'
		});
	});

	it('never blocks returning an incomplete report', () => {
		expect(
			decideTransition({
				...base,
				status: 'submitted',
				action: 'return',
				comment: 'thiếu số liệu',
				missingFigures: 5
			})
		).toEqual({ ok: true, to: 'returned' });
	});
});

describe('required explanations', () => {
	const base = {
		kind: 'school' as const,
		status: 'submitted' as const,
		permissions: { submit: false, review: true }
	};
	it('refuses approval while a required explanation is unwritten', () => {
		expect(decideTransition({ ...base, action: 'approve', missingExplanations: 2 })).toEqual({
			ok: false,
			reason: 'explanation_required'
		});
		expect(decideTransition({ ...base, action: 'approve', missingExplanations: 0 })).toEqual({
			ok: true,
			to: 'approved'
		});
	});
	it('never stops a return', () => {
		expect(
			decideTransition({ ...base, action: 'return', comment: 'Xem lại số lớp', missingExplanations: 2 })
		).toEqual({ ok: true, to: 'returned' });
	});
});

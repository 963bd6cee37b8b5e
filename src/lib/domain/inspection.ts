// What the inspector's worklist and the findings lists show: plain data, no server code.
import type { AppliedTarget, EvaluationStatus } from './evaluation';

/** incomplete: received, but without every figure its form requires (not counted as received). */
export type ReportState = 'on_time' | 'late' | 'incomplete' | 'returned' | 'missing';

export type SeverityTerm =
	| { kind: 'shortfall' | 'trend' | 'above_band'; indicator: string; points: number }
	| { kind: 'late' | 'missing'; count: number; points: number };

export type Severity = {
	score: number;
	terms: SeverityTerm[];
	missed: number;
	aboveBand: number;
	worsening: number;
};

export type HistoryItem = {
	periodKey: string;
	label: { vi: string; en: string };
	schoolDeadline: string;
	state: ReportState;
	daysLate: number | null;
	daysLeft: number | null;
	submissionId: number | null;
	status: string | null;
	version: number | null;
	submittedAt: Date | null;
	/** For an `incomplete` report: the required figures it lacks (as on the completeness board). */
	missingFigures: string[];
};

export type FindingInput = {
	visitDate: string;
	indicatorCodes: string[];
	text: string;
	followUpDue: string | null;
};

export type Finding = FindingInput & {
	id: number;
	status: 'open' | 'closed';
	unitCode: string;
	unitName: string;
	author: string | null;
	authorId: string | null;
	createdAt: Date;
	/** The school's answer, who gave it and when (null until it answers). */
	response: string | null;
	respondedAt: Date | null;
	responder: string | null;
	closedAt: Date | null;
};

/** An indicator a finding named: its value when the finding was recorded and now. */
export type FindingChange = {
	indicator: string;
	name: { vi: string; en: string };
	unit: 'percent' | 'count' | 'level';
	then: number | null;
	now: number | null;
	statusThen: EvaluationStatus | null;
	statusNow: EvaluationStatus | null;
};

/** An open finding seen again at a later period: since when, and what moved in its indicators. */
export type FindingFollowUp = {
	since: { yearCode: string; key: string; label: { vi: string; en: string } };
	changes: FindingChange[];
};

/** An indicator as people read it: the catalogue's names beside the code. */
export type NamedIndicator = { code: string; name: { vi: string; en: string } };

/** What a findings list shows of a finding (no internal ids or timestamps). */
export type FindingView = Omit<
	Finding,
	'authorId' | 'createdAt' | 'response' | 'respondedAt' | 'responder' | 'closedAt'
> & { response?: string | null; indicators?: NamedIndicator[] };

export type EvidenceRow = {
	indicator: string;
	name: { vi: string; en: string };
	group: string;
	unit: 'percent' | 'count' | 'level';
	direction: 'higher' | 'lower' | 'band';
	status: EvaluationStatus;
	actual: number | null;
	target: AppliedTarget | null;
	/** For 'change' targets: the baseline period's name. */
	baselineLabel?: { vi: string; en: string } | null;
	gap: number | null;
	previous: number | null;
	weight: number;
	points: number;
	projection: { vi: string; en: string } | null;
};

export type WorklistRow = {
	school: { id: number; code: string; name: string; level: string; ownership: string };
	severity: Severity;
	/** Indicators that scored (missed, above band, worsening), most points first. */
	evidence: EvidenceRow[];
	/** Indicators judged against a target for this school. */
	judged: number;
	reports: HistoryItem[];
	/** Open findings; `followUp` when the worklist's period is later than the one they were recorded at. */
	openFindings: (Finding & { followUp: FindingFollowUp | null })[];
};

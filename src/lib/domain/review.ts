// What the review part of a school's report page shows (figures in context, threads, explanations):
// the shapes the server builds and the page's components read.
import type { RuleGroup } from './types';

export type FigureFlag = 'swing' | 'rule' | 'missing';

export type Change = { delta: number; percent: number | null };

export type RuleRef = {
	id: string;
	group: RuleGroup;
	/** A province's own wording; without it the page names the rule by its figures. */
	name?: { vi: string; en: string };
	left: string[];
	right: string[];
};

export type FigureComparison = {
	code: string;
	nameVi: string;
	nameEn: string;
	valueType: string;
	value: number | null;
	previous: number | null;
	lastYear: number | null;
	change: Change | null;
	changeYear: Change | null;
	/** The threshold the swing was judged against (percent). */
	threshold: number;
	flags: FigureFlag[];
	rules: RuleRef[];
};

export type PriorPeriod = { id: number; key: string; yearCode: string; labelVi: string; labelEn: string };

export type ReviewContext = {
	previousPeriod: PriorPeriod | null;
	lastYearPeriod: PriorPeriod | null;
	rows: FigureComparison[];
	counts: Record<FigureFlag, number>;
};

export type FigureComment = {
	id: number;
	code: string;
	side: 'reviewer' | 'school';
	body: string;
	author: string | null;
	at: Date;
};

export type CommentSide = FigureComment['side'];

export type Requirement = {
	indicatorCode: string;
	nameVi: string;
	nameEn: string;
	/** Whether the school has written it. */
	written: boolean;
};

export type Explainable = {
	indicatorCode: string;
	nameVi: string;
	nameEn: string;
	status: string;
	actual: number | null;
	required: boolean;
};

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

export type Explanation = {
	id: number;
	unitCode: string;
	unitName: string;
	indicatorCode: string;
	indicatorNameVi: string;
	indicatorNameEn: string;
	yearCode: string;
	periodKey: string;
	periodLabelVi: string;
	periodLabelEn: string;
	/** The status explained, as it was when written (off_track, at_risk). */
	status: string;
	cause: string;
	measures: string;
	expectedDate: string | null;
	author: string | null;
	updatedAt: Date;
};

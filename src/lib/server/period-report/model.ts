// The period report's model: the text typed in the app (ReportText) and the figures as they were when
// the report was generated (FiguresSnapshot, stored as JSON with the report). Types only.
import type { EvaluationStatus } from '../../domain/evaluation';
import type { IndicatorGroup } from '../../domain/types';

/** A school's explanation (giải trình) of a missed indicator; built elsewhere, printed when given. */
export type ReportExplanation = {
	schoolCode: string;
	schoolName: string;
	indicatorCode: string;
	indicatorName: string;
	periodCode: string;
	cause: string;
	measures: string;
	/** ISO date (yyyy-mm-dd) by which the school expects to be back on target. */
	expectedDate: string | null;
};

export type SnapshotRow = {
	code: string;
	name: string;
	unit: 'percent' | 'count' | 'level';
	actual: number | null;
	numerator: number | null;
	denominator: number | null;
	/** The target as worded when generated ("≥ 97 %"), null when no target applies. */
	targetText: string | null;
	status: EvaluationStatus;
	/** Sub-units (schools under a district, districts under a province) judged, and of them off track. */
	judged: number;
	offTrack: number;
};

export type SnapshotGroup = { key: IndicatorGroup; rows: SnapshotRow[] };

export type UnitMiss = {
	code: string;
	name: string;
	misses: {
		code: string;
		name: string;
		unit: SnapshotRow['unit'];
		actual: number | null;
		targetText: string | null;
	}[];
};

export type FiguresSnapshot = {
	version: 1;
	unit: { code: string; name: string; type: string };
	period: { yearCode: string; key: string; labelVi: string; labelEn: string; formNameVi: string };
	groups: SnapshotGroup[];
	/** Sub-units with at least one indicator off track, most misses first. */
	underTarget: UnitMiss[];
	/** What the sub-units are: schools (a district) or areas (a province). */
	subUnits: 'schools' | 'units';
	completeness: {
		expected: number;
		received: number;
		onTime: number;
		late: number;
		missing: number;
		completeness: number | null;
		timeliness: number | null;
		/** Names of the schools whose report was not received, and of those received late. */
		notReceived: string[];
		lateSchools: string[];
	};
	explanations: ReportExplanation[];
	/** ISO timestamp of the moment the figures were read. */
	takenAt: string;
};

/** What the user types before generating. Lines of `recipients` are printed under "Nơi nhận:". */
export type ReportText = {
	superior: string;
	issuer: string;
	docNumber: string;
	place: string;
	/** yyyy-mm-dd */
	issuedOn: string;
	title: string;
	intro: string;
	conclusions: string;
	/** e.g. "KT. TRƯỞNG PHÒNG" above "PHÓ TRƯỞNG PHÒNG": one line each. */
	signerTitle: string;
	signerName: string;
	recipients: string[];
};

export type PeriodReportInput = { text: ReportText; figures: FiguresSnapshot };

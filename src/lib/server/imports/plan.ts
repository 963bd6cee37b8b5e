// What the import service knows about the database while checking a file, and what it plans to store.
import type { SchoolLevel, ValueType } from '../../domain/types';
import type { RatePair } from './rules';
import type { FileProblem } from './types';
import type { PeriodLocks } from '../calendar/open-rule';
import type { Change } from '../../domain/imports';
export type { Change } from '../../domain/imports';

export type ElementInfo = {
	id: number;
	code: string;
	nameVi: string;
	nameEn: string;
	valueType: ValueType;
	levels: string[];
	unitScope: 'school' | 'commune';
	maxLevel: number | null;
	forms: string[];
	sortOrder: number;
};

export type UnitInfo = {
	id: number;
	code: string;
	name: string;
	type: 'province' | 'district' | 'commune' | 'school';
	path: string;
	schoolLevel: SchoolLevel | null;
};

export type PeriodInfo = {
	id: number;
	/** '2024-2025/CUOI_NAM', '2024-2025/2024-10' */
	ref: string;
	yearCode: string;
	key: string;
	formCode: string;
	status: 'open' | 'closed';
	labelVi: string;
	labelEn: string;
	/** The previous period of the same form (the same form last year for yearly forms), for outliers. */
	previousId: number | null;
};

export type SubmissionInfo = {
	id: number;
	unitId: number;
	periodId: number;
	status: 'draft' | 'submitted' | 'returned' | 'approved';
	version: number;
};

export type StoredFigure = { value: number; comment: string | null };

/** Catalogue, units and calendar: what records refer to. */
export type References = {
	elements: Map<string, ElementInfo>;
	/** By code, only the codes named in the records. */
	units: Map<string, UnitInfo>;
	/** By the period text of the records ('2024-2025/HK1', '2024-10') and by id. */
	periods: Map<string, PeriodInfo>;
	periodsById: Map<number, PeriodInfo>;
	/** Period id → the areas that closed it (calendar/open-rule.ts). */
	closures: PeriodLocks['closures'];
	/** `${periodId}:${unitId}` → lock exceptions valid today (Vietnam's date). */
	exceptions: PeriodLocks['exceptions'];
	/** Numerator and denominator codes of the catalogue's rate indicators (a numerator above its denominator is impossible). */
	rates: RatePair[];
};

/** Stored figures of the submissions a file touches (read under the lock when storing). */
export type FigureState = {
	/** By `${unitId}:${periodId}`. */
	submissions: Map<string, SubmissionInfo>;
	/** By submission id, then data element id. */
	current: Map<number, Map<number, StoredFigure>>;
	/** By `${unitId}:${previousPeriodId}`, then data element id. */
	previous: Map<string, Map<number, number>>;
};

export type PlannedFigure = {
	row: number;
	column: string;
	raw: string;
	unitId: number;
	periodId: number;
	elementId: number;
	code: string;
	value: number;
	/** The comment that will be stored (the file's, else the one already stored). */
	comment: string | null;
	before: StoredFigure | null;
	change: Change;
};

export type CheckResult = {
	figures: PlannedFigure[];
	errors: FileProblem[];
	warnings: FileProblem[];
};

export const pairKey = (unitId: number, periodId: number) => `${unitId}:${periodId}`;

// The standard catalogue as the reader sees it (tests, the bench, and defaults for phrases).
import { dataElements, indicators } from '../catalogue/standard';
import { STANDARD_JUDGED_AT, STANDARD_PLAN_PHRASES } from './standard-phrases';
import type { ReaderIndicator, ReaderLevel } from './types';

export function standardReaderCatalogue(): ReaderIndicator[] {
	const maxLevel = (f: (typeof indicators)[number]['formula']) =>
		f.kind === 'level' ? (dataElements.find((e) => e.code === f.element)?.maxLevel ?? null) : null;
	return indicators.map((i) => ({
		code: i.code,
		nameVi: i.nameVi,
		unit: i.unit as ReaderIndicator['unit'],
		direction: i.direction,
		levels: i.levels as ReaderLevel[],
		formulaKind: i.formula.kind as ReaderIndicator['formulaKind'],
		phrases: STANDARD_PLAN_PHRASES[i.code] ?? [],
		judgedAt: STANDARD_JUDGED_AT[i.code],
		maxLevel: maxLevel(i.formula)
	}));
}

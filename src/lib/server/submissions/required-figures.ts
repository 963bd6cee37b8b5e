// What a complete report holds: the figures its period's form collects from a unit of its kind.
// The one definition used by the upload check, the submission workflow and the completeness board.
import { levelParts, type SchoolLevel } from '../../domain/types';

export type RequirableElement = {
	code: string;
	levels: readonly string[];
	unitScope: 'school' | 'commune';
	forms: readonly string[];
};

export type ReportingUnit = { type: string; schoolLevel: SchoolLevel | null };

/**
 * The figures a unit must report on a form: for a school, the school-scope elements of the form
 * that apply to one of its levels; for a commune, the form's commune-scope elements; nothing for
 * areas (their roll-ups are sums, never required figure by figure). In catalogue order.
 */
export function listRequiredFigures<E extends RequirableElement>(
	elements: readonly E[],
	formCode: string,
	unit: ReportingUnit
): E[] {
	if (unit.type === 'commune')
		return elements.filter((e) => e.unitScope === 'commune' && e.forms.includes(formCode));
	if (unit.type !== 'school') return [];
	const parts: readonly string[] = levelParts(unit.schoolLevel);
	return elements.filter(
		(e) => e.unitScope === 'school' && e.forms.includes(formCode) && e.levels.some((l) => parts.includes(l))
	);
}

/** Required codes that are not among the present ones, in the required order. */
export function findMissingFigures(required: readonly string[], present: Iterable<string>): string[] {
	const have = new Set(present);
	return required.filter((code) => !have.has(code));
}

export const MISSING_SHOWN = 10;

/** A bounded list for messages: the first `limit` codes joined, and how many more there are. */
/** The first missing figures by their catalogue names ("Học sinh bán trú, Có thư viện số"), codes kept for the unknown. */
export function nameMissing(
	missing: readonly string[],
	names: ReadonlyMap<string, string>,
	limit = MISSING_SHOWN
): string {
	const { shown, more } = summariseMissing(missing, limit);
	const text = shown.map((c) => names.get(c) ?? c).join(', ');
	return more > 0 ? `${text} … (+${more})` : text;
}

export function summariseMissing(
	missing: readonly string[],
	limit = MISSING_SHOWN
): { shown: string[]; more: number; text: string } {
	const shown = missing.slice(0, limit);
	return { shown, more: missing.length - shown.length, text: shown.join(', ') };
}

/** Key of the kind of unit for which required figures are the same (used to share lists). */
export function profileKey(unit: ReportingUnit): string {
	if (unit.type === 'commune') return 'commune';
	if (unit.type !== 'school') return unit.type;
	return `school:${unit.schoolLevel ?? ''}`;
}

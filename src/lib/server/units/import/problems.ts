import { bilingual } from '../../../i18n/translate';
import type { MessageKey } from '../../../i18n/catalogue';

export type UnitProblemCode =
	| 'unreadable'
	| 'no_header'
	| 'missing_column'
	| 'no_rows'
	| 'bad_code'
	| 'duplicate_code'
	| 'missing_name'
	| 'bad_type'
	| 'bad_level'
	| 'bad_ownership'
	| 'not_a_school_field'
	| 'unknown_parent'
	| 'parent_required'
	| 'parent_not_allowed'
	| 'parent_is_school'
	| 'cluster_parent'
	| 'cycle'
	| 'type_changed'
	| 'forbidden';

/** One problem of a file, as the API and the page show it: `row` as Excel shows it (0: the whole file). */
export type UnitProblem = {
	row: number;
	column: string;
	value: string;
	code: UnitProblemCode;
	message: { vi: string; en: string };
};

export function unitProblem(
	row: number,
	column: string,
	value: string,
	code: UnitProblemCode,
	params?: Record<string, string | number>
): UnitProblem {
	return {
		row,
		column,
		value,
		code,
		message: bilingual(`units.import.problem.${code}` as MessageKey, params)
	};
}

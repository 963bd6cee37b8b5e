import { bilingual, type Params } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/catalogue';
import type { FileProblem, ProblemCode } from './types';

export type Where = { row: number; column: string; value: string; sheet?: string };

/** A problem of the file at a cell; the message key defaults to `imports.problem.<code>`. */
export function makeProblem(
	where: Where,
	code: ProblemCode,
	options: { key?: MessageKey; params?: Params; severity?: 'error' | 'warning' } = {}
): FileProblem {
	const key = options.key ?? (`imports.problem.${code}` as MessageKey);
	const problem: FileProblem = {
		row: where.row,
		column: where.column,
		value: where.value,
		code,
		message: bilingual(key, { value: where.value, column: where.column, ...options.params }),
		severity: options.severity ?? 'error'
	};
	if (where.sheet !== undefined) problem.sheet = where.sheet;
	return problem;
}

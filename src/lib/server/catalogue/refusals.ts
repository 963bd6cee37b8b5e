// What a refused catalogue change says, and on which field.
import type { Locale } from '$lib/i18n/types';
import { refusalFrom, type RefusalEntry } from '../form-errors';

export type CatalogueRefusal =
	| 'not_found'
	| 'exists'
	| 'code_in_use'
	| 'unknown_left'
	| 'unknown_right'
	| 'unknown_codes'
	| 'formula_in_use'
	| 'code_evaluated'
	| 'unknown_year';

const TABLE: Record<CatalogueRefusal, RefusalEntry> = {
	not_found: { status: 404, field: 'form', message: 'catalogueAdmin.refused.notFound' },
	exists: { status: 400, field: 'code', message: 'catalogueAdmin.refused.exists' },
	code_in_use: { status: 409, field: 'code', message: 'catalogueAdmin.refused.codeInUse' },
	unknown_left: { status: 400, field: 'left', message: 'catalogueAdmin.refused.unknownCodes' },
	unknown_right: { status: 400, field: 'right', message: 'catalogueAdmin.refused.unknownCodes' },
	unknown_codes: { status: 400, field: 'form', message: 'catalogueAdmin.refused.unknownCodes' },
	formula_in_use: { status: 409, field: 'fromYear', message: 'formulaHistory.refused.rewrites' },
	code_evaluated: { status: 409, field: 'code', message: 'formulaHistory.refused.code' },
	unknown_year: { status: 400, field: 'fromYear', message: 'formulaHistory.refused.unknownYear' }
};

/** `detail`: the school years (formula_in_use, code_evaluated, unknown_year) or the unknown codes a refusal names. */
export function catalogueRefusal(
	locale: Locale,
	reason: CatalogueRefusal,
	detail: { years?: string[]; codes?: string[] } = {}
) {
	const params = { years: (detail.years ?? []).join(', '), codes: (detail.codes ?? []).join(', ') };
	return refusalFrom(TABLE, locale, reason, { params });
}

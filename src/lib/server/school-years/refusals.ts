// What a refused change says, and on which field: one table for every school-year page.
import type { Locale } from '$lib/i18n/types';
import { refusalFrom, type RefusalEntry } from '../form-errors';

export type Refusal =
	| 'exists'
	| 'not_found'
	| 'source_not_found'
	| 'has_submissions'
	| 'has_plans'
	| 'has_formulas'
	| 'unknown_form'
	| 'key_form'
	| 'duplicate_key'
	| 'not_monthly'
	| 'type_in_use';

const TABLE: Record<Refusal, RefusalEntry> = {
	exists: { status: 400, field: 'code', message: 'schoolYears.refused.exists' },
	not_found: { status: 404, field: 'form', message: 'schoolYears.refused.notFound' },
	source_not_found: { status: 400, field: 'source', message: 'schoolYears.refused.sourceNotFound' },
	has_submissions: { status: 409, field: 'form', message: 'schoolYears.refused.hasSubmissions' },
	has_plans: { status: 409, field: 'form', message: 'schoolYears.refused.hasPlans' },
	has_formulas: { status: 409, field: 'form', message: 'formulaHistory.refused.yearHasFormulas' },
	unknown_form: { status: 400, field: 'form', message: 'schoolYears.refused.unknownForm' },
	key_form: { status: 400, field: 'key', message: 'schoolYears.refused.keyForm' },
	duplicate_key: { status: 400, field: 'form', message: 'schoolYears.refused.duplicateKey' },
	not_monthly: { status: 400, field: 'form', message: 'schoolYears.refused.notMonthly' },
	type_in_use: { status: 409, field: 'periodType', message: 'schoolYears.refused.typeInUse' }
};

export function refusalOf(locale: Locale, reason: Refusal, field?: string) {
	return refusalFrom(TABLE, locale, reason, { field });
}

import { translate } from '$lib/i18n/translate';
import type { Locale } from '$lib/i18n/types';
import { STATUSES, type EvaluationStatus } from '../../domain/evaluation';

export function statusLabels(locale: Locale): Record<EvaluationStatus, string> {
	return Object.fromEntries(STATUSES.map((s) => [s, translate(locale, `targets.status.${s}`)])) as Record<
		EvaluationStatus,
		string
	>;
}

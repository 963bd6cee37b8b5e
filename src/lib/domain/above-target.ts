// What a value above an equality target ("= 291 classes") means, per indicator. Browser-safe.
import type { Direction } from './types';
import type { EvaluationStatus } from './evaluation';

export const ABOVE_TARGET_RULES = ['fine', 'warning', 'miss'] as const;
export type AboveTargetRule = (typeof ABOVE_TARGET_RULES)[number];

/**
 * The rule when the indicator states none: more of a "higher is better" figure (classes, pupils) is
 * fine, more of a "lower is better" one (dropouts) is a miss, and above a band is a warning sign of
 * inflated results, as for ranges.
 */
export function defaultAboveTargetRule(direction: Direction): AboveTargetRule {
	return direction === 'higher' ? 'fine' : direction === 'lower' ? 'miss' : 'warning';
}

export function resolveAboveTargetRule(direction: Direction, rule: AboveTargetRule | null): AboveTargetRule {
	return rule ?? defaultAboveTargetRule(direction);
}

/** The message key of a status, worded for a value above an equality target when it is one. */
export function statusLabelKey(
	status: EvaluationStatus,
	above: AboveTargetRule | null | undefined
): `targets.status.${EvaluationStatus}` | `aboveTarget.status.${AboveTargetRule}` {
	return above && status !== 'no_data' ? `aboveTarget.status.${above}` : `targets.status.${status}`;
}

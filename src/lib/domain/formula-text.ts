import type { IndicatorFormula } from './types';

/** A formula as an administrator reads it: codes and operators, no names. */
export function formulaText(f: IndicatorFormula): string {
	switch (f.kind) {
		case 'rate':
			return `${f.numerator.join(' + ')} / ${f.denominator.join(' + ')}`;
		case 'sum':
			return `Σ ${f.of.join(' + ')}`;
		case 'share_of_schools':
			return `${f.element} ≥ ${f.atLeast}`;
		default:
			return f.element;
	}
}

// The comparator a plan's words state around a figure, else the one the indicator's direction implies.
import type { Comparator } from '../../domain/types';
import { foldText } from './fold';
import type { FoundValue } from './find-values';
import type { ReaderIndicator } from './types';

export type Decided = {
	comparator: Comparator;
	value: number | null;
	min: number | null;
	max: number | null;
};

const AT_LEAST = /\b(tren|it nhat|toi thieu|khong duoi|khong thap hon|tu|hon)$/;
const AT_MOST = /\b(duoi|khong qua|toi da|khong vuot qua|khong vuot|thap hon)$/;

export function decideComparator(
	found: FoundValue,
	ind: ReaderIndicator,
	before: string,
	after: string,
	negated: boolean
): Decided {
	const b = foldText(before).split(' ').slice(-4).join(' ');
	const a = foldText(after).split(' ').slice(0, 3).join(' ');
	const v = found.value;
	if (found.kind === 'level') return { comparator: 'level_gte', value: v, min: null, max: null };
	if (found.kind === 'range' || found.kind === 'count_range')
		return { comparator: 'range', value: null, min: found.min, max: found.max };
	if (ind.unit === 'count' && ind.direction === 'lower' && negated)
		return { comparator: 'lte', value: 0, min: null, max: null };
	const raw = before.trimEnd();
	if (/(≥|>=|>|⩾)$/.test(raw)) return { comparator: 'gte', value: v, min: null, max: null };
	if (/(≤|<=|<|⩽)$/.test(raw)) return { comparator: 'lte', value: v, min: null, max: null };
	// "giảm tỷ lệ trẻ suy dinh dưỡng 1,5%": the verb may stand before the indicator's name.
	if (/\bgiam\b/.test(foldText(before)))
		return { comparator: 'change', value: -(v ?? 0), min: null, max: null };
	if (/\btang\b/.test(b) && /\bso voi\b/.test(a))
		return { comparator: 'change', value: v, min: null, max: null };
	const gte = { comparator: 'gte' as const, value: v, min: null, max: null };
	const lte = { comparator: 'lte' as const, value: v, min: null, max: null };
	if (/^tro len\b/.test(a) || AT_LEAST.test(b)) return gte;
	if (/^tro xuong\b/.test(a) || AT_MOST.test(b)) return lte;
	if (found.pairPart === 'classes') return { comparator: 'eq', value: v, min: null, max: null };
	if (ind.direction === 'lower') return lte;
	if (ind.direction === 'band' && (v ?? 0) < 50) return lte;
	return gte;
}

export function checkRatio(found: FoundValue): 'ok' | 'mismatch' | null {
	if (found.kind !== 'ratio' || !found.numerator || !found.denominator || found.value === null) return null;
	const rate = (found.numerator / found.denominator) * 100;
	const decimals = (String(found.value).split('.')[1] ?? '').length;
	return Math.abs(rate - found.value) <= 0.5 * 10 ** -decimals + 1e-9 ? 'ok' : 'mismatch';
}

// Values typed by people on Vietnamese and English machines, read by the data element's value type.
//
// The ambiguity rule: a value with exactly one separator ('.' or ','), one to three digits before it
// that do not start with 0, and exactly three digits after it ('7,910', '1.500', '12,345') is either
// a thousands grouping or a decimal with three places. For a count or a level it is read as thousands
// (a count has no fractional part, so '7.910' and '7,910' are 7910); for a decimal it is an error
// ('value_ambiguous'), never a guess. Everything else is unambiguous:
//   '85,7', '85.70', '0,125', '1234,567'      one separator that cannot be a thousands grouping → decimal
//   '1.234.567', '1,234,567'                  the same separator repeated → thousands
//   '1.234,5', '1,234.5'                      both separators → the last one is the decimal separator
//   '7 910', '7 910,5'                        spaces (also no-break) group thousands; then ',' or '.' is decimal
import { bilingual } from '../../i18n/translate';
import type { Bilingual, ProblemCode } from './types';
import { foldMarks } from '$lib/text/fold-marks';

export type ValueType = 'count' | 'yes_no' | 'level' | 'decimal';
export type ParsedValue = { ok: true; value: number } | { ok: false; code: ProblemCode; message: Bilingual };

/** Counts above this are typing errors (no school has a billion pupils). */
export const MAX_COUNT = 1_000_000_000;

const YES = new Set(['1', 'x', 'co', 'yes', 'y', 'true', 'dat']);
const NO = new Set(['0', 'khong', 'k', 'ko', 'no', 'n', 'false', 'chua dat', 'khong dat']);

const SPACES = /[ \u00a0\u202f]/;
const SPACE_GROUPED = /^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?:[.,](\d+))?$/;
const DIGITS = /^\d+$/;
const ONE_SEPARATOR = /^(\d*)[.,](\d+)$/;
const GROUPED_DOT = /^\d{1,3}(?:\.\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(?:,\d{3})+$/;
const DOT_THEN_COMMA = /^(\d{1,3}(?:\.\d{3})+),(\d+)$/;
const COMMA_THEN_DOT = /^(\d{1,3}(?:,\d{3})+)\.(\d+)$/;
const AMBIGUOUS = /^([1-9]\d{0,2})[.,](\d{3})$/;

function fail(
	code: ProblemCode,
	key: Parameters<typeof bilingual>[0],
	params: Record<string, string | number>
) {
	return { ok: false as const, code, message: bilingual(key, params) };
}

function foldAnswer(text: string): string {
	return foldMarks(text).replace(/\s+/g, ' ');
}

function parseYesNo(raw: string): ParsedValue {
	const answer = foldAnswer(raw);
	if (YES.has(answer)) return { ok: true, value: 1 };
	if (NO.has(answer)) return { ok: true, value: 0 };
	return fail('value_not_yes_no', 'imports.problem.value_not_yes_no', { value: raw });
}

type Magnitude = { value: number } | { ambiguous: { int: string; frac: string } } | null;

/** The unsigned number in `body`, or null when it is not one. */
function readMagnitude(body: string, decimal: boolean): Magnitude {
	if (DIGITS.test(body)) return { value: Number(body) };
	if (SPACES.test(body)) {
		const m = SPACE_GROUPED.exec(body);
		if (!m) return null;
		const whole = m[1].replace(/[ \u00a0\u202f]/g, '');
		return { value: Number(m[2] === undefined ? whole : `${whole}.${m[2]}`) };
	}
	const ambiguous = AMBIGUOUS.exec(body);
	if (ambiguous) {
		if (decimal) return { ambiguous: { int: ambiguous[1], frac: ambiguous[2] } };
		return { value: Number(ambiguous[1] + ambiguous[2]) };
	}
	const one = ONE_SEPARATOR.exec(body);
	if (one) return { value: Number(`${one[1] || '0'}.${one[2]}`) };
	if (GROUPED_DOT.test(body)) return { value: Number(body.replace(/\./g, '')) };
	if (GROUPED_COMMA.test(body)) return { value: Number(body.replace(/,/g, '')) };
	const dc = DOT_THEN_COMMA.exec(body) ?? COMMA_THEN_DOT.exec(body);
	if (dc) return { value: Number(`${dc[1].replace(/[.,]/g, '')}.${dc[2]}`) };
	return null;
}

export function parseFigureValue(raw: string, type: ValueType, maxLevel?: number | null): ParsedValue {
	const text = raw.trim();
	if (text === '') return fail('value_missing', 'imports.problem.value_missing', { value: raw });
	if (type === 'yes_no') return parseYesNo(text);

	let body = text;
	let negative = false;
	if (body[0] === '-' || body[0] === '\u2212' || body[0] === '+') {
		negative = body[0] !== '+';
		body = body.slice(1).trimStart();
	}
	const percent = body.endsWith('%');
	if (percent) {
		if (type !== 'decimal') {
			return fail('value_not_number', 'imports.problem.value_not_number.percent', { value: text });
		}
		body = body.slice(0, -1).trimEnd();
	}
	const magnitude = readMagnitude(body, type === 'decimal');
	if (magnitude === null || ('value' in magnitude && !Number.isFinite(magnitude.value))) {
		return fail('value_not_number', 'imports.problem.value_not_number', { value: text });
	}
	if ('ambiguous' in magnitude) {
		return fail('value_ambiguous', 'imports.problem.value_ambiguous', {
			value: text,
			...magnitude.ambiguous
		});
	}
	const value = magnitude.value;
	if (negative && value !== 0)
		return fail('value_negative', 'imports.problem.value_negative', { value: text });

	// No bound on a decimal here: the catalogue has no figure that is itself a rate (every rate is an
	// indicator computed from two counts), so a rate above 100 % is a numerator above its denominator,
	// caught with the figures together (check-impossible.ts), and a negative is refused above.
	if (type === 'decimal') return { ok: true, value };
	if (!Number.isInteger(value)) {
		return fail('value_not_integer', 'imports.problem.value_not_integer', { value: text });
	}
	if (type === 'level' && maxLevel != null && value > maxLevel) {
		return fail('value_out_of_range', 'imports.problem.value_out_of_range', {
			value: text,
			min: 0,
			max: maxLevel
		});
	}
	if (type === 'count' && value > MAX_COUNT) {
		return fail('value_out_of_range', 'imports.problem.value_out_of_range.large', {
			value: text,
			max: MAX_COUNT
		});
	}
	return { ok: true, value };
}

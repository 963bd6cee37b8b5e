// Numbers in target forms and target files, read like figure values (parse-number.ts of the imports),
// with two differences: a target may be negative (a change of −1.5 points), and '7.910' (one separator,
// three digits after it) is read as thousands, as plans write counts ("7.910 trẻ/9.232"). A percentage
// that this turns into 1500 is then refused by the percent check, never stored silently.
import { parseFigureValue } from '../imports/parse-number';

export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

export function parseTargetNumber(raw: string | null | undefined): ParsedNumber {
	let text = (raw ?? '').trim();
	if (text === '') return { ok: true, value: null };
	let sign = 1;
	if (text[0] === '-' || text[0] === '\u2212' || text[0] === '+') {
		if (text[0] !== '+') sign = -1;
		text = text.slice(1).trimStart();
	}
	let parsed = parseFigureValue(text, 'decimal');
	if (!parsed.ok && parsed.code === 'value_ambiguous') parsed = parseFigureValue(text, 'count');
	if (!parsed.ok) return { ok: false };
	return { ok: true, value: sign * parsed.value === 0 ? 0 : sign * parsed.value };
}

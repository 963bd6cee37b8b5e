const AMBIGUOUS_WHEN_WRITTEN = /^-?[1-9]\d{0,2}\.\d{3}$/;

/**
 * A stored number as text. A stored 7.125 is no thousands grouping, but '7.125' would read as one
 * (see parse-number.ts), so such numbers get a fourth decimal: '7.1250' means the same and is unambiguous.
 */
export function formatStoredNumber(value: number, percent = false): string {
	let v = percent ? value * 100 : value;
	if (!Number.isInteger(v)) v = Number(v.toPrecision(15));
	let text = String(v);
	if (text.includes('e') && Math.abs(v) < 1) text = v.toFixed(20).replace(/0+$/, '');
	if (AMBIGUOUS_WHEN_WRITTEN.test(text)) text += '0';
	return percent ? `${text}%` : text;
}

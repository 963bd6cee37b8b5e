// Numbers as plans write them: 7.910 (thousands dot), 85,7 (decimal comma), 85.7 (English locale),
// 04 (a leading zero). One dot with three digits after it is thousands, as plans write counts.
export function parsePlanNumber(raw: string): number | null {
	const text = raw.trim();
	if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text)) return Number(text.replace(/\./g, '').replace(',', '.'));
	if (/^\d{1,3}(?:,\d{3}){2,}$/.test(text)) return Number(text.replace(/,/g, ''));
	if (/^\d+(?:,\d+)?$/.test(text)) return Number(text.replace(',', '.'));
	if (/^\d+\.\d{1,2}$/.test(text)) return Number(text);
	return null;
}

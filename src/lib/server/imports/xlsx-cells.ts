// The text of one .xlsx cell from its XML, as the exceljs reader gave it: cached formula results, shared
// and inline strings with rich text joined, dates as ISO dates, percentages with a % sign.
import { formatStoredNumber } from './format-number';
import { attr, decodeXml, own, stripElements } from './xml-scan';

export type CellStyle = { date: boolean; percent: boolean };
export type CellContext = { strings: string[]; styles: CellStyle[]; date1904: boolean };

function isNameEnd(code: number): boolean {
	return code === 32 || code === 9 || code === 10 || code === 13 || code === 47 || code === 62;
}

/** Inner XML of the first child element `name`: '' when self-closing, undefined when absent. */
export function childText(xml: string, name: string, from = 0): string | undefined {
	const open = `<${name}`;
	let i = xml.indexOf(open, from);
	while (i >= 0 && !isNameEnd(xml.charCodeAt(i + open.length))) i = xml.indexOf(open, i + open.length);
	if (i < 0) return undefined;
	const gt = xml.indexOf('>', i);
	if (gt < 0 || xml.charCodeAt(gt - 1) === 47) return gt < 0 ? undefined : '';
	const close = xml.indexOf(`</${name}>`, gt);
	return close < 0 ? undefined : xml.slice(gt + 1, close);
}

const ESCAPED_CHAR = /_x([0-9A-F]{4})_/g;

/** The text of a shared or inline string: its <t> parts joined, phonetic runs (<rPh>) left out. */
export function stringText(xml: string): string {
	if (xml.includes('<rPh')) xml = stripElements(xml, 'rPh');
	let text = '';
	let pos = 0;
	for (;;) {
		let i = xml.indexOf('<t', pos);
		while (i >= 0 && !isNameEnd(xml.charCodeAt(i + 2))) i = xml.indexOf('<t', i + 2);
		if (i < 0) break;
		const gt = xml.indexOf('>', i);
		if (gt < 0) break;
		if (xml.charCodeAt(gt - 1) === 47) {
			pos = gt + 1;
			continue;
		}
		const close = xml.indexOf('</t>', gt);
		if (close < 0) break;
		text += xml.slice(gt + 1, close);
		pos = close + 4;
	}
	text = decodeXml(text);
	if (text.includes('_x'))
		text = text.replace(ESCAPED_CHAR, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
	return own(text);
}

export function formatDate(date: Date): string {
	const iso = date.toISOString();
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
}

function serialDate(serial: number, date1904: boolean): Date {
	return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** The text of a cell from its attributes and inner XML; '' for an empty cell. */
export function cellText(attrs: string, inner: string, context: CellContext): string {
	const type = attr(attrs, 't') ?? 'n';
	if (type === 'inlineStr') {
		const is = childText(inner, 'is');
		return is === undefined ? '' : stringText(is);
	}
	const value = childText(inner, 'v');
	if (value === undefined) {
		// No cached result (a file written by a program that does not calculate): show the formula.
		const formula = childText(inner, 'f');
		return formula ? `=${own(decodeXml(formula))}` : '';
	}
	switch (type) {
		case 's':
			return context.strings[Number(value)] ?? '';
		case 'b':
			return parseInt(value, 10) !== 0 ? 'TRUE' : 'FALSE';
		case 'str':
		case 'e':
			return own(decodeXml(value));
		case 'd': {
			const date = new Date(value);
			return Number.isNaN(date.getTime()) ? own(decodeXml(value)) : formatDate(date);
		}
	}
	const number = Number(value);
	if (value.trim() === '' || !Number.isFinite(number)) return own(decodeXml(value));
	const style = context.styles[Number(attr(attrs, 's') ?? 0)];
	if (style?.date) {
		const date = serialDate(number, context.date1904);
		if (!Number.isNaN(date.getTime())) return formatDate(date);
	}
	return formatStoredNumber(number, style?.percent ?? false);
}

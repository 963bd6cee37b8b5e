// Text that a spreadsheet would run as a formula ('=HYPERLINK(…)', '+…', '-…', '@…') is stored as
// typed; whatever exports it to CSV or .xlsx passes it through here first (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d[\d.,]*%?$/;

/** `text` made inert for a spreadsheet cell: a leading apostrophe, unless it is a plain number. */
export function neutraliseCell(text: string): string {
	if (!FORMULA_START.test(text) || PLAIN_NUMBER.test(text)) return text;
	return `'${text}`;
}

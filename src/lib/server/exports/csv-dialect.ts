// The two CSV forms the app writes. Excel set to Vietnamese (list separator ';', decimal ',') opens a
// comma-separated file in one column, so downloads meant for people default to its dialect: ';'
// between fields, decimal comma, UTF-8 with a BOM. Integrations ask for `?dialect=plain` (',' and '.').
// The importer reads both (readFigureFile detects the delimiter, parseFigureValue both decimal marks).

export type CsvDialect = 'excel-vi' | 'plain';
export const CSV_DIALECTS = ['excel-vi', 'plain'] as const;

/** The query parameter naming the dialect; anything but 'plain' is the people's default. */
export const DIALECT_PARAM = 'dialect';

export function csvDialectOf(params: URLSearchParams): CsvDialect {
	return params.get(DIALECT_PARAM) === 'plain' ? 'plain' : 'excel-vi';
}

export const delimiterOf = (dialect: CsvDialect) => (dialect === 'plain' ? ',' : ';');

const DECIMAL_COMMA_NUMBER = /^-?\d+,\d+$/;

/**
 * A field quoted when it holds either delimiter (so that a reader guessing the delimiter is not
 * misled), a quote, a line break or edge spaces; a decimal-comma number stays bare.
 */
export function csvQuote(text: string, dialect: CsvDialect): string {
	if (dialect === 'excel-vi' && DECIMAL_COMMA_NUMBER.test(text)) return text;
	return /[",;\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A number as the importer reads it back exactly: no thousands grouping, the dialect's decimal mark.
 * Exactly three decimals after one to three digits ('1.125') reads as a thousands grouping or is
 * refused as ambiguous, so such a value gets a fourth, zero decimal ('1.1250').
 */
export function csvNumber(value: number, dialect: CsvDialect): string {
	let text = String(value);
	if (/e/i.test(text)) text = value.toFixed(10).replace(/\.?0+$/, '');
	if (/^-?[1-9]\d{0,2}\.\d{3}$/.test(text)) text += '0';
	return dialect === 'plain' ? text : text.replace('.', ',');
}

/** Lines of already formatted fields as bytes: CRLF line ends, UTF-8 with a BOM unless told not. */
export function csvBytes(lines: readonly (readonly string[])[], dialect: CsvDialect, bom = true): Uint8Array {
	const sep = delimiterOf(dialect);
	const text =
		lines.map((line) => line.map((field) => csvQuote(field, dialect)).join(sep)).join('\r\n') + '\r\n';
	return new TextEncoder().encode(bom ? `\uFEFF${text}` : text);
}

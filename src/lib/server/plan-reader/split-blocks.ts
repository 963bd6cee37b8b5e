// A plan's text cut into blocks (a bullet, a numbered item, a paragraph, a table row) and each
// block into clauses (sentences and ';'-separated parts): a target's source is one clause.
// PDF text breaks lines inside sentences; a line joins the previous one unless it starts a new item.
export type Clause = { id: string; text: string };
export type Block = {
	id: string;
	text: string;
	/** "Tiểu học: Huy động …" → "Tiểu học"; a block's label before its first colon. */
	prefix: string | null;
	clauses: Clause[];
	heading: boolean;
	tableRow: boolean;
};

const ITEM_START =
	/^(?:[-+•*–]\s*|\(?\d{1,2}(?:\.\d{1,2})*[.)]\s+|\(?[a-zđ]\)\s*|[IVX]{1,5}[.)]\s+|[A-ZĐ][.)]\s+)/u;
const ENDS_ITEM = /[.;!?]\s*$|\.\/\.$/;
/** A short line ending in a colon is a heading ("Mầm non:"); a long one runs on ("… trong đó trẻ Nhà trẻ:"). */
const ENDS_HEAD = /^.{0,40}:\s*$/u;

export function splitBlocks(text: string): Block[] {
	const raw: { text: string; tableRow: boolean }[] = [];
	let current: { text: string; tableRow: boolean } | null = null;
	for (const line of text.split('\n')) {
		const trimmed = line.replace(/\s+/g, ' ').trim();
		if (trimmed === '') continue;
		const tableRow = trimmed.includes(' | ');
		const startsItem = ITEM_START.test(trimmed) || tableRow;
		if (
			!current ||
			startsItem ||
			current.tableRow ||
			ENDS_ITEM.test(current.text) ||
			ENDS_HEAD.test(current.text) ||
			isHeading(current.text)
		) {
			current = { text: trimmed, tableRow };
			raw.push(current);
		} else current.text += ' ' + trimmed;
	}
	return raw.map((b, i) => {
		const id = `b${i + 1}`;
		const body = b.text.replace(ITEM_START, '').trim() || b.text;
		return {
			id,
			text: b.text,
			prefix: b.tableRow ? body.split(' | ')[0].trim() : prefixOf(body),
			clauses: splitClauses(body).map((c, j) => ({ id: `${id}-${j + 1}`, text: c })),
			heading: isHeading(b.text),
			tableRow: b.tableRow
		};
	});
}

function isHeading(text: string): boolean {
	const letters = text.replace(/[^\p{L}]/gu, '');
	return letters.length >= 4 && letters === letters.toUpperCase() && !/\d\s*%/.test(text);
}

function prefixOf(body: string): string | null {
	const colon = body.indexOf(':');
	if (colon < 2 || colon > 70) return null;
	const head = body.slice(0, colon).trim();
	return /\d\s*%/.test(head) ? null : head;
}

export function splitClauses(body: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < body.length; i++) {
		const ch = body[i];
		if (ch === '(') depth++;
		else if (ch === ')') depth = Math.max(0, depth - 1);
		else if (
			depth === 0 &&
			(ch === ';' || (ch === '.' && /^\s+[\p{Lu}\d-]/u.test(body.slice(i + 1, i + 3))))
		) {
			if (/\d$/.test(body.slice(0, i)) && /^\d/.test(body.slice(i + 1))) continue;
			out.push(body.slice(start, i + 1).trim());
			start = i + 1;
		}
	}
	out.push(body.slice(start).trim());
	return out.filter((c) => c.replace(/[\s.;:,]/g, '') !== '');
}

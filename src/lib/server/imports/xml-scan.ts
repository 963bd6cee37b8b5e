// Just enough XML for spreadsheet parts, read piece by piece: whole elements of interest (a row, a shared
// string) are handed over once complete; everything between them is skipped without being kept.
import { setImmediate as pause } from 'node:timers/promises';
import { MAX_ROW_CHARS, ROWS_PER_PAUSE, refuseUnpacked } from './spreadsheet-limits';

export type ElementHandler = (attrs: string, inner: string) => void | Promise<void>;
export type ScanHandlers = {
	/** Elements handed over whole: their start tag's attributes and their inner XML. */
	elements: Record<string, ElementHandler>;
	/** Tags of which only the attributes matter; an end tag is named with a leading '/'. */
	tags?: Record<string, (attrs: string) => void>;
};

/** Characters scanned between two pauses, whatever the number of rows they hold. */
const CHARS_PER_PAUSE = 1_000_000;

function isNameEnd(code: number): boolean {
	return code === 32 || code === 9 || code === 10 || code === 13 || code === 47 || code === 62;
}

export class ElementScanner {
	private buf = '';
	/** Where to resume looking for the end of the element left incomplete at the start of buf. */
	private closeFrom = 0;
	/** Where to resume looking for the '>' of a tag left incomplete at the start of buf. */
	private gtFrom = 0;
	private handled = 0;
	private charsSincePause = 0;

	constructor(private readonly handlers: ScanHandlers) {}

	async push(text: string): Promise<void> {
		this.buf += text;
		await this.drain();
	}

	private async drain(): Promise<void> {
		const buf = this.buf;
		const { elements, tags } = this.handlers;
		let pos = 0;
		for (;;) {
			const lt = buf.indexOf('<', pos);
			if (lt < 0) {
				pos = buf.length;
				break;
			}
			const gt = buf.indexOf('>', Math.max(lt, this.gtFrom));
			if (gt < 0) {
				if (buf.length - lt > MAX_ROW_CHARS) refuseUnpacked();
				this.gtFrom = buf.length - lt;
				pos = lt;
				break;
			}
			this.gtFrom = 0;
			let nameEnd = lt + 2;
			while (nameEnd < gt && !isNameEnd(buf.charCodeAt(nameEnd))) nameEnd++;
			const name = buf.slice(lt + 1, nameEnd);
			const selfClosing = buf.charCodeAt(gt - 1) === 47;
			// Own properties only: a tag named constructor or __proto__ is no handler.
			const handler = Object.hasOwn(elements, name) ? elements[name] : undefined;
			if (handler) {
				const attrs = buf.slice(nameEnd, selfClosing ? gt - 1 : gt);
				const from = pos;
				let done: void | Promise<void>;
				if (selfClosing) {
					done = handler(attrs, '');
					pos = gt + 1;
				} else {
					const end = `</${name}>`;
					const close = buf.indexOf(end, Math.max(gt + 1, this.closeFrom));
					if (close < 0) {
						if (buf.length - lt > MAX_ROW_CHARS) refuseUnpacked();
						this.closeFrom = Math.max(gt + 1, buf.length - end.length) - lt;
						pos = lt;
						break;
					}
					this.closeFrom = 0;
					done = handler(attrs, buf.slice(gt + 1, close));
					pos = close + end.length;
				}
				if (done) await done;
				this.charsSincePause += pos - from;
				if (++this.handled % ROWS_PER_PAUSE === 0 || this.charsSincePause > CHARS_PER_PAUSE) {
					this.charsSincePause = 0;
					await pause();
				}
			} else {
				if (tags && Object.hasOwn(tags, name)) tags[name](buf.slice(nameEnd, selfClosing ? gt - 1 : gt));
				pos = gt + 1;
			}
		}
		this.buf = buf.slice(pos);
	}
}

/** Feeds all pieces of a text to a scanner. */
export async function scanText(pieces: AsyncIterable<string>, handlers: ScanHandlers): Promise<void> {
	const scanner = new ElementScanner(handlers);
	for await (const piece of pieces) await scanner.push(piece);
}

/** An attribute's raw value (entities not decoded), or undefined. */
export function attr(attrs: string, name: string): string | undefined {
	let i = attrs.indexOf(name);
	while (i >= 0) {
		const eq = i + name.length;
		const before = i === 0 ? 32 : attrs.charCodeAt(i - 1);
		if ((before === 32 || before === 9 || before === 10 || before === 13) && attrs.charCodeAt(eq) === 61) {
			const quote = attrs[eq + 1];
			const end = attrs.indexOf(quote, eq + 2);
			return end < 0 ? undefined : attrs.slice(eq + 2, end);
		}
		i = attrs.indexOf(name, eq);
	}
	return undefined;
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(ENTITY, (_, hex: string, dec: string, named: string) => {
		if (named) return NAMED[named];
		const code = hex ? parseInt(hex, 16) : parseInt(dec, 10);
		return code <= 0x10ffff ? String.fromCodePoint(code) : '';
	});
}

/**
 * A copy of a string cut from a piece of XML. V8 keeps a long slice pointing into the whole piece, so
 * storing slices would keep every piece of the sheet alive.
 */
export function own(text: string): string {
	return text.length < 13 ? text : (' ' + text).slice(1);
}

/** The name of the tag starting at `lt` (its '<'), ending before `gt` (its '>'). */
export function tagName(xml: string, lt: number, gt: number): string {
	let end = lt + 2;
	while (end < gt && !isNameEnd(xml.charCodeAt(end))) end++;
	return xml.slice(lt + 1, end);
}

/**
 * The attributes of each start tag `<name …>` in a whole part, in order. Linear where a regular
 * expression is not: a `<name` without its '>' ends the search instead of being retried at every start.
 */
export function tagsOf(xml: string, name: string): string[] {
	const open = `<${name}`;
	const found: string[] = [];
	let pos = 0;
	for (;;) {
		const i = xml.indexOf(open, pos);
		if (i < 0) return found;
		const after = i + open.length;
		if (!isNameEnd(xml.charCodeAt(after))) {
			pos = after;
			continue;
		}
		const gt = xml.indexOf('>', after);
		if (gt < 0) return found;
		found.push(xml.slice(after, xml.charCodeAt(gt - 1) === 47 ? gt - 1 : gt));
		pos = gt + 1;
	}
}

/** The XML without the elements `name` and their content; one never closed cuts the rest. Linear. */
export function stripElements(xml: string, name: string): string {
	const open = `<${name}`;
	const close = `</${name}>`;
	let out = '';
	let pos = 0;
	for (;;) {
		let i = xml.indexOf(open, pos);
		while (i >= 0 && !isNameEnd(xml.charCodeAt(i + open.length))) i = xml.indexOf(open, i + open.length);
		if (i < 0) return out + xml.slice(pos);
		out += xml.slice(pos, i);
		const gt = xml.indexOf('>', i);
		if (gt < 0) return out;
		if (xml.charCodeAt(gt - 1) === 47) {
			pos = gt + 1;
			continue;
		}
		const end = xml.indexOf(close, gt);
		if (end < 0) return out;
		pos = end + close.length;
	}
}

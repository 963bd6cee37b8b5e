// Which words name each figure of a clause: the words before it, or after it when those are only
// connectors ("đạt", "trên", "huy động") or were taken by the figure before ("99% trở lên học sinh
// xếp loại hoàn thành trong đó 40% trở lên hoàn thành xuất sắc").
import type { FoundValue } from './find-values';

const CONNECTORS =
	/^(?:[\s,:;()=–|≥≤<>-]|đạt|là|phấn đấu|trên|ít nhất|tối thiểu|không dưới|duy trì|huy động|có|trở lên|trở xuống|từ|trong đó|khoảng|và|\(|\))*$/iu;
const SPLIT_GAP = /(?:,|;|(?<!\p{L})trong đó(?!\p{L})|\()/giu;

export type Labelled = { found: FoundValue; label: string; tail: string; before: string; after: string };

/** For each figure, the words that name it: the words before it, or after it when those are taken. */
export function labelValues(clause: string, prefix: string | null, values: FoundValue[]): Labelled[] {
	const out: Labelled[] = [];
	let consumedUntil = 0;
	let pairBefore = '';
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		const prev = i > 0 ? values[i - 1].end : 0;
		const next = i + 1 < values.length ? values[i + 1].start : clause.length;
		let before = clause.slice(Math.max(prev, consumedUntil), v.start);
		let prefixOnly = false;
		if (i === 0 && prefix && before.trimStart().startsWith(prefix)) {
			before = before.trimStart().slice(prefix.length);
			prefixOnly = CONNECTORS.test(before);
		}
		const beforeFull = clause.slice(prev, v.start);
		let afterEnd = next;
		if (v.pairPart === 'pupils') afterEnd = v.start;
		const gap = clause.slice(v.end, afterEnd);
		let label: string;
		if (v.pairPart) {
			// "12.246 học sinh/291 lớp": both counts share the words before the pair.
			if (v.pairPart === 'pupils') pairBefore = before;
			label = `${pairBefore} ${v.pairPart === 'pupils' ? 'học sinh' : 'số lớp'}`;
			consumedUntil = v.pairPart === 'pupils' ? v.start : v.end;
		} else if (!CONNECTORS.test(before.replace(/\([^)]*\)/g, ' ')) || /\p{L}\s*:\s*$/u.test(before)) {
			label = before;
			consumedUntil = v.end;
		} else if (prefixOnly && !namesAfter(gap)) {
			// "Đạt chuẩn Công lập: 99-99,5% Ngoài công lập : 71-72%": the block's label is this figure's.
			label = prefix!;
			consumedUntil = v.end;
		} else {
			let cut = gap.length;
			if (i + 1 < values.length) {
				const seps = [...gap.matchAll(SPLIT_GAP)];
				if (seps.length > 0) cut = seps[seps.length - 1].index!;
			}
			label = gap.slice(0, cut);
			consumedUntil = v.end + cut;
			if (CONNECTORS.test(label) && prefix) label = prefix;
		}
		const tail = gap.split(SPLIT_GAP)[0];
		out.push({ found: v, label: `${label} ${v.noun ?? ''}`.trim(), tail, before: beforeFull, after: gap });
	}
	return out;
}

/** Whether the words after a figure name it ("99% trở lên học sinh xếp loại hoàn thành"), rather than
 * being the next figure's label ("… Ngoài công lập : 71-72%") or nothing. */
function namesAfter(gap: string): boolean {
	const head = gap.split(SPLIT_GAP)[0];
	if (/:\s*$/.test(head)) return false;
	return head.replace(CONNECTORS_WORDS, ' ').trim().split(/\s+/).filter(Boolean).length >= 2;
}
const CONNECTORS_WORDS =
	/(?:đạt|là|phấn đấu|trên|ít nhất|tối thiểu|không dưới|duy trì|trở lên|trở xuống|từ|khoảng|và|[,:;()=–|≥≤<>-])/giu;

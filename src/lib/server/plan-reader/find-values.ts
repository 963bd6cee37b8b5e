// The figures of one clause: what kind of value each is, where it sits, and the comparator the words
// around it state. Dates, document numbers, years and grade numbers are masked first: never targets.
import { parsePlanNumber } from './parse-plan-number';

export type ValueKind = 'percent' | 'range' | 'ratio' | 'count' | 'count_range' | 'level';
export type Subject = 'pupils' | 'classes';
export type FoundValue = {
	kind: ValueKind;
	start: number;
	end: number;
	text: string;
	value: number | null;
	min: number | null;
	max: number | null;
	numerator: number | null;
	denominator: number | null;
	/** Counting noun after a count ("học sinh", "lớp", "trường", "tin bài"…), folded later. */
	noun: string | null;
	/** For "12.246 học sinh/291 lớp": which of the two counts this is. */
	pairPart: Subject | null;
};

const N = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
const COUNT_NOUN = String.raw`lớp học thông minh|học sinh|trẻ|lớp|trường|tin bài|tin, bài|bài viết|lần|chuyên đề|cán bộ|giáo viên|nhóm|phòng học|cơ sở giáo dục|cơ sở|đơn vị|xã|phường|sáng kiến|đề tài`;
const DASH = String.raw`\s*(?:-|–|đến)\s*`;

const MASKS: RegExp[] = [
	/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g,
	/\b\d{1,2}\/(?:19|20)\d{2}\b/g,
	/(?<!\p{L})(?:ngày|trước|sau|từ|đến|hạn)\s+\d{1,2}\/\d{1,2}(?!\d)/giu,
	/\b\d[\d/-]*[/-]\p{Lu}[\p{L}\d&/.-]*/gu,
	/\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b/g,
	/\b(?:19|20)\d{2}\b/g,
	/(?<!\p{L})(?:lớp|khối|chu kỳ|lần thứ|số)\s+\d{1,5}(?:\s*,\s*\d{1,2}(?!\d))*/giu,
	/\b\d+\s*(?:tiết|buổi|phút|giờ|tuổi|tháng|năm|lĩnh vực|ngày|tuần|môn)(?!\p{L})/giu
];

type Pattern = { re: RegExp; build: (m: RegExpExecArray) => Omit<FoundValue, 'start' | 'end' | 'text'>[] };
const blank = {
	value: null,
	min: null,
	max: null,
	numerator: null,
	denominator: null,
	noun: null,
	pairPart: null
};

const PATTERNS: Pattern[] = [
	{
		// 7.910 trẻ/9.232 (85,7%) · 1.640/2.898 = 56,6% · 2.348/2.348=100%
		re: new RegExp(
			String.raw`(${N})\s*(?:trẻ|học sinh|HS)?\s*\/\s*(${N})\s*(?:trẻ|học sinh|HS)?\s*(?:\(\s*|=\s*|,\s*(?:đạt\s*)?(?:tỷ lệ|tỉ lệ)?\s*)(${N})\s*%\s*\)?`,
			'giu'
		),
		build: (m) => [
			{ ...blank, kind: 'ratio', value: num(m[3]), numerator: num(m[1]), denominator: num(m[2]) }
		]
	},
	{
		// 12.246 học sinh/291 lớp
		re: new RegExp(String.raw`(${N})\s*(học sinh|HS|trẻ)\s*\/\s*(${N})\s*(lớp|nhóm, lớp|nhóm lớp)`, 'giu'),
		build: (m) => [
			{ ...blank, kind: 'count', value: num(m[1]), noun: m[2], pairPart: 'pupils' },
			{ ...blank, kind: 'count', value: num(m[3]), noun: 'lớp', pairPart: 'classes' }
		]
	},
	{
		re: new RegExp(String.raw`(?:từ\s+)?(${N})\s*%?${DASH}(${N})\s*%`, 'giu'),
		build: (m) => [{ ...blank, kind: 'range', min: num(m[1]), max: num(m[2]) }]
	},
	{
		re: new RegExp(String.raw`(${N})\s*%`, 'gu'),
		build: (m) => [{ ...blank, kind: 'percent', value: num(m[1]) }]
	},
	{
		// 7.910/9.232 trẻ … (its rate later in the clause, or none)
		re: new RegExp(String.raw`(${N})\s*\/\s*(${N})`, 'gu'),
		build: (m) => [
			{ ...blank, kind: 'ratio', value: null, min: -1, numerator: num(m[1]), denominator: num(m[2]) }
		]
	},
	{
		re: /(?<!\p{L})mức\s*(?:độ\s*)?(\d)(?!\d)/giu,
		build: (m) => [{ ...blank, kind: 'level', value: num(m[1]) }]
	},
	{
		re: new RegExp(String.raw`(?:từ\s+)?(${N})${DASH}(${N})\s+(${COUNT_NOUN})(?!\p{L})`, 'giu'),
		build: (m) => [{ ...blank, kind: 'count_range', min: num(m[1]), max: num(m[2]), noun: m[3] }]
	},
	{
		re: new RegExp(String.raw`(${N})\s*(${COUNT_NOUN})(?!\p{L})`, 'giu'),
		build: (m) => [{ ...blank, kind: 'count', value: num(m[1]), noun: m[2] }]
	}
];

function num(raw: string): number | null {
	return parsePlanNumber(raw);
}

export function maskClause(text: string): string {
	let masked = text;
	for (const re of MASKS) masked = masked.replace(re, (m) => ' '.repeat(m.length));
	return masked;
}

/** Every target-like figure of a clause, left to right. */
export function findValues(text: string): FoundValue[] {
	let masked = maskClause(text);
	const found: FoundValue[] = [];
	for (const p of PATTERNS) {
		p.re.lastIndex = 0;
		let m: RegExpExecArray | null;
		const hits: RegExpExecArray[] = [];
		while ((m = p.re.exec(masked))) hits.push(m);
		for (const hit of hits) {
			const start = hit.index;
			const end = start + hit[0].length;
			const parts = p.build(hit);
			if (parts.some((x) => x.value === null && x.min === null)) continue;
			if (parts.length === 2) {
				const slash = text.indexOf('/', start);
				found.push({ ...parts[0], start, end: slash, text: text.slice(start, end) });
				found.push({ ...parts[1], start: slash + 1, end, text: text.slice(start, end) });
			} else found.push({ ...parts[0], start, end, text: text.slice(start, end) });
			masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
		}
	}
	return joinRatioRates(found.sort((a, b) => a.start - b.start));
}

/** "Huy động 7.910/9.232 trẻ mầm non ra lớp, đạt tỷ lệ 85,7%": a bare ratio takes the next percent of
 * its clause as its rate; with none, its rate is computed (one decimal). */
function joinRatioRates(values: FoundValue[]): FoundValue[] {
	const out: FoundValue[] = [];
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (v.kind !== 'ratio' || v.min !== -1) {
			out.push(v);
			continue;
		}
		const next = values[i + 1];
		const rate = next?.kind === 'percent' ? next.value : null;
		if (rate !== null) i++;
		const computed = v.denominator ? Math.round((1000 * v.numerator!) / v.denominator) / 10 : null;
		out.push({
			...v,
			min: null,
			value: rate ?? computed,
			text: rate !== null ? `${v.text} … ${next.text}` : v.text
		});
	}
	return out;
}

/** Any figure at all left after masking (for "nothing silently skipped"). */
export function hasBareNumber(text: string): boolean {
	return /\d/.test(maskClause(text));
}

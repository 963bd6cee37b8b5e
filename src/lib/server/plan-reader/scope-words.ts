// The scope words of a plan sentence: school level and ownership.
import { foldText } from './fold';
import type { ReaderLevel } from './types';

const LEVEL_WORDS: [ReaderLevel, RegExp][] = [
	['MN', /\b(mam non|nha tre|mau giao|mn)\b/],
	['THCS', /\b(trung hoc co so|thcs)\b/],
	['THPT', /\b(trung hoc pho thong|thpt)\b/],
	['TH', /\b(tieu hoc|th)\b/]
];

/** The school levels a text names ("TH&THCS" counts as primary: the plans address it with primary). */
export function levelsIn(text: string): ReaderLevel[] {
	const folded = foldText(text)
		.replace(/\bth thcs\b/g, 'th')
		.replace(/\btrung hoc co so\b/g, 'thcs')
		.replace(/\btrung hoc pho thong\b/g, 'thpt');
	// In the order the text names them: a table header "Mầm non Tiểu học Trung học cơ sở" gives its columns.
	return LEVEL_WORDS.map(([l, re]) => [l, folded.search(re)] as const)
		.filter(([, at]) => at >= 0)
		.sort((a, b) => a[1] - b[1])
		.map(([l]) => l);
}

/** The one school level a text names, or null when it names none or several. */
export function levelOf(text: string): ReaderLevel | null {
	const found = levelsIn(text);
	return found.length === 1 ? found[0] : null;
}

export function ownershipOf(text: string): 'public' | 'non_public' | null {
	const folded = foldText(text);
	if (/\b(ngoai cong lap|tu thuc|dan lap)\b/.test(folded)) return 'non_public';
	if (/\bcong lap\b/.test(folded)) return 'public';
	return null;
}

/** The level a whole plan addresses: one level named in at least 80 % of its level words (a primary plan). */
export function documentLevel(text: string): ReaderLevel | null {
	const folded = foldText(text).replace(/\bth thcs\b/g, 'th');
	const counts = LEVEL_WORDS.map(
		([l, re]) => [l, folded.match(new RegExp(re.source, 'g'))?.length ?? 0] as const
	);
	const total = counts.reduce((n, [, c]) => n + c, 0);
	const top = [...counts].sort((a, b) => b[1] - a[1])[0];
	return total >= 5 && top[1] >= 0.8 * total ? top[0] : null;
}

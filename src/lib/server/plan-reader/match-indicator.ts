// Which catalogue indicator a label names: the longest phrase of an indicator found in the label
// (full weight) or across the context and the label (lower weight). Deterministic and explainable:
// every proposal carries the phrase that chose it.
import { foldText } from './fold';
import type { Candidate, ReaderIndicator, ReaderLevel } from './types';

type CompiledPhrase = { text: string; segments: string[][]; words: number };
export type CompiledIndicator = ReaderIndicator & { compiled: CompiledPhrase[] };

const NAME_NOISE = /^(ty le|ti le|tong so|so luong|so)\s+/;
const MAX_GAP = 12;

export function compileIndicators(indicators: ReaderIndicator[]): CompiledIndicator[] {
	return indicators.map((ind) => {
		const name = foldText(ind.nameVi)
			.replace(NAME_NOISE, '')
			.replace(/\s*\(.*$/, '');
		const texts = [...ind.phrases, name].filter((p) => p.trim() !== '');
		const compiled = texts.map((text) => {
			const segments = text
				.split(/…|\.\.\./)
				.map((s) => foldText(s).split(' ').filter(Boolean))
				.filter((s) => s.length > 0);
			return { text, segments, words: segments.reduce((n, s) => n + s.length, 0) };
		});
		return { ...ind, compiled: compiled.filter((c) => c.words > 0) };
	});
}

function findSegment(words: string[], segment: string[], from: number, to: number): number {
	for (let i = from; i <= Math.min(to, words.length - segment.length); i++) {
		let ok = true;
		for (let j = 0; j < segment.length && ok; j++) ok = words[i + j] === segment[j];
		if (ok) return i;
	}
	return -1;
}

/** Whether the phrase occurs, ending at or after word `endFrom` (so that it reaches into the label). */
export function matchesPhrase(words: string[], phrase: CompiledPhrase, endFrom = 0): boolean {
	for (let start = 0; start < words.length; start++) {
		let at = findSegment(words, phrase.segments[0], start, start);
		if (at < 0) continue;
		let ok = true;
		for (const seg of phrase.segments.slice(1)) {
			const from = at + 1;
			at = findSegment(words, seg, from, from + MAX_GAP);
			if (at < 0) {
				ok = false;
				break;
			}
		}
		if (ok && at + phrase.segments[phrase.segments.length - 1].length > endFrom) return true;
	}
	return false;
}

export type MatchInput = {
	label: string;
	context: string;
	level: ReaderLevel | null;
	allow: (ind: CompiledIndicator) => boolean;
};

/** Candidates best first; score 0–1 from the words the phrase covers. */
export function rankIndicators(indicators: CompiledIndicator[], input: MatchInput): Candidate[] {
	const labelWords = foldText(input.label).split(' ').filter(Boolean);
	const contextWords = foldText(input.context).split(' ').filter(Boolean);
	const allWords = [...contextWords, ...labelWords];
	const out = rankPass(indicators, input, labelWords, allWords, contextWords.length);
	// Nothing in the label at all ("10-11% (Thạc sỹ)" under "Trên chuẩn"): the context alone decides.
	const ranked = out.length > 0 ? out : rankPass(indicators, input, labelWords, allWords, 0);
	return ranked
		.sort((a, b) => b.raw - a.raw)
		.map(({ code, score, phrase }) => ({ code, score: Math.round(score * 100) / 100, phrase }));
}

function rankPass(
	indicators: CompiledIndicator[],
	input: MatchInput,
	labelWords: string[],
	allWords: string[],
	reach: number
): (Candidate & { raw: number })[] {
	const out: (Candidate & { raw: number })[] = [];
	for (const ind of indicators) {
		if (!input.allow(ind)) continue;
		if (input.level && ind.levels.length > 0 && !ind.levels.includes(input.level)) continue;
		let best: { raw: number; phrase: string } | null = null;
		for (const p of ind.compiled) {
			// A phrase that needs the context counts a quarter: the label's own words decide first.
			const raw = matchesPhrase(labelWords, p)
				? p.words
				: matchesPhrase(allWords, p, reach)
					? p.words * 0.25
					: 0;
			if (raw > 0 && (!best || raw > best.raw)) best = { raw, phrase: p.text };
		}
		if (best) {
			// A level named in the text that the indicator is specific to breaks ties between look-alikes.
			const levelBonus = input.level && ind.levels.length === 1 ? 0.3 : 0;
			const raw = best.raw + levelBonus;
			out.push({ code: ind.code, raw, phrase: best.phrase, score: Math.min(1, raw / 3) });
		}
	}
	return out;
}

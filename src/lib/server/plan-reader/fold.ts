// Text folded for matching: lower case, no tone or vowel marks, đ → d, punctuation → space. Plans
// write "hoà"/"hòa", "thuỷ"/"thủy" and upper-case headings; folding makes those one phrase.
import { foldMarks } from '$lib/text/fold-marks';

export function foldText(text: string): string {
	return foldMarks(text)
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

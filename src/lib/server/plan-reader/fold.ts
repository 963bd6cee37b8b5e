// Text folded for matching: lower case, no tone or vowel marks, đ → d, punctuation → space. Plans
// write "hoà"/"hòa", "thuỷ"/"thủy" and upper-case headings; folding makes those one phrase.
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** Lower case without Vietnamese tone and vowel marks (đ → d): "Huy động" and "huy dong" fold alike. */
export function foldMarks(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase();
}

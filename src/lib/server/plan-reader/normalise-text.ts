// Plan text as it really arrives made comparable: NFC, one kind of space and dash, legacy TCVN3/VNI
// lines converted (each line on its own: a pasted fragment may sit inside a Unicode document).
import { convertLegacy, detectEncoding, type TextEncoding } from './legacy-text';

export type NormalisedText = {
	text: string;
	legacy: Exclude<TextEncoding, 'unicode'>[];
	legacyLines: number;
};

export function normaliseText(raw: string): NormalisedText {
	const lines = raw
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.split('\n');
	const legacy = new Set<Exclude<TextEncoding, 'unicode'>>();
	let legacyLines = 0;
	const out = lines.map((line) => {
		const encoding = detectEncoding(line);
		if (encoding === 'unicode') return line.normalize('NFC');
		legacy.add(encoding);
		legacyLines++;
		return convertLegacy(line, encoding);
	});
	const text = out
		.join('\n')
		.replace(/[\u00a0\u2007\u202f\t]/g, ' ')
		.replace(/[\u200b\ufeff]/g, '')
		.replace(/[‐‑‒—]/g, '–');
	return { text, legacy: [...legacy], legacyLines };
}

// Links and GET forms to files (downloads, exports, templates, uploaded originals) must bypass the
// client router: otherwise it first asks for the file as a page and logs "Not found" in the console.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const FILE_URL =
	/\/api\/|\/export\b|\.csv\b|\.xlsx\b|\.docx\b|\.pdf\b|\/file\b|template|failed-rows|\/workbook\b/;

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = path.join(dir, e.name);
		return e.isDirectory() ? svelteFiles(p) : e.name.endsWith('.svelte') ? [p] : [];
	});
}

/** Every `<a …>` and `<form …>` start tag, braces and quotes respected (`=>` inside `{…}` is no end). */
export function startTags(source: string): { tag: string; text: string }[] {
	const out: { tag: string; text: string }[] = [];
	const re = /<(a|form)\b/g;
	for (let m = re.exec(source); m; m = re.exec(source)) {
		let depth = 0;
		let quote: string | null = null;
		let i = m.index + m[0].length;
		for (; i < source.length; i++) {
			const c = source[i];
			if (quote) {
				if (c === quote && depth === 0) quote = null;
			} else if (c === '{') depth++;
			else if (c === '}') depth--;
			else if (depth === 0 && (c === '"' || c === "'")) quote = c;
			else if (depth === 0 && c === '>') break;
		}
		out.push({ tag: m[1], text: source.slice(m.index, i + 1) });
	}
	return out;
}

const bypasses = (text: string) => /\sdownload\b|data-sveltekit-reload/.test(text);
const target = (t: { tag: string; text: string }) =>
	t.tag === 'a'
		? /\shref=/.test(t.text) &&
			FILE_URL.test(t.text.match(/\shref=("[^"]*"|\{[^]*?\}(?=\s|\/?>))/)?.[1] ?? '')
		: /method="GET"/i.test(t.text) && FILE_URL.test(t.text.match(/\saction="([^"]*)"/)?.[1] ?? '');

describe('file links bypass the client router', () => {
	it('finds start tags across lines and arrow functions', () => {
		const tags = startTags(
			'<a\n class="x" href="/a.csv?{f({ a: () => 1 > 0 })}" download>x</a><form method="GET">'
		);
		expect(tags.map((t) => t.tag)).toEqual(['a', 'form']);
		expect(bypasses(tags[0].text)).toBe(true);
		expect(target(tags[0])).toBe(true);
	});

	it('every link or GET form to a file says download or data-sveltekit-reload', () => {
		const offenders: string[] = [];
		let seen = 0;
		for (const file of [...svelteFiles(path.join(ROOT, 'lib')), ...svelteFiles(path.join(ROOT, 'routes'))]) {
			for (const t of startTags(readFileSync(file, 'utf8')).filter(target)) {
				seen++;
				if (!bypasses(t.text)) offenders.push(`${path.relative(ROOT, file)}: ${t.text.replace(/\s+/g, ' ')}`);
			}
		}
		expect(seen).toBeGreaterThan(10);
		expect(offenders).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { SpreadsheetRefusal } from './spreadsheet-limits';
import { attr, decodeXml, ElementScanner, scanText } from './xml-scan';

async function* pieces(text: string, size: number) {
	for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect(xml: string, size: number) {
	const seen: string[] = [];
	await scanText(pieces(xml, size), {
		elements: { row: (attrs, inner) => void seen.push(`${attr(attrs, 'r')}:${inner}`) },
		tags: { mergeCell: (attrs) => void seen.push(`merge ${attr(attrs, 'ref')}`) }
	});
	return seen;
}

describe('ElementScanner', () => {
	const xml =
		'<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2" spans="1:2"/>' +
		'<rowBreaks count="1"/><row r="3"><c r="B3" t="inlineStr"><is><t>a &lt;row&gt; b</t></is></c></row></sheetData>' +
		'<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>';

	it('hands over the same elements whatever the size of the pieces', async () => {
		const whole = await collect(xml, xml.length);
		expect(whole).toEqual([
			'1:<c r="A1"><v>1</v></c>',
			'2:',
			'3:<c r="B3" t="inlineStr"><is><t>a &lt;row&gt; b</t></is></c>',
			'merge A1:B1'
		]);
		for (const size of [1, 2, 7, 64]) expect(await collect(xml, size)).toEqual(whole);
	});

	it('treats tags named after object properties as any unknown tag', async () => {
		const hostile = '<constructor a="1"/><__proto__>x</__proto__><hasOwnProperty/><toString>' + xml;
		expect(await collect(hostile, 5)).toHaveLength(4);
	});

	it('refuses a tag or an element that never ends, before keeping megabytes of it', async () => {
		for (const start of ['<row r="1" a="', '<row r="1">']) {
			const scanner = new ElementScanner({ elements: { row: () => {} } });
			const refused = (async () => {
				await scanner.push(start);
				for (let i = 0; i < 200; i++) await scanner.push('x'.repeat(64 * 1024));
			})();
			await expect(refused).rejects.toBeInstanceOf(SpreadsheetRefusal);
		}
	});
});

describe('attr and decodeXml', () => {
	it('reads attributes by exact name and decodes the predefined and numeric entities only', () => {
		expect(attr(' r="A1" s="3" t="s"', 't')).toBe('s');
		expect(attr(' spans="1:5" r=\'7\'', 'r')).toBe('7');
		expect(attr(' table:name="T" table:style-name="ta1"', 'table:style-name')).toBe('ta1');
		expect(attr(' rt="x"', 't')).toBeUndefined();
		expect(decodeXml('a &amp;lt; &lt;b&gt; &#39;&#x1F600; &custom;')).toBe("a &lt; <b> '😀 &custom;");
	});
});

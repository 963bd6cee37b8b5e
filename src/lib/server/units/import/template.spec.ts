import { describe, expect, it } from 'vitest';
import { parseUnitRows } from './parse-rows';
import { readUnitFile } from './read-unit-file';
import { buildUnitTemplateCsv, buildUnitTemplateXlsx, TEMPLATE_HEADERS } from './template';

describe('school list templates', () => {
	it('the Excel template reads back: every column recognised, no rows yet', async () => {
		const grid = await readUnitFile(await buildUnitTemplateXlsx('vi'));
		expect('rows' in grid && grid.rows[0]).toEqual(TEMPLATE_HEADERS);
		if (!('rows' in grid)) return;
		const parsed = parseUnitRows(grid.rows, grid.rowNumbers);
		expect(Object.keys(parsed.headers)).toHaveLength(TEMPLATE_HEADERS.length);
		expect(parsed.problems.map((p) => p.code)).toEqual(['no_rows']);
	});

	it('the CSV template is UTF-8 with a BOM and reads back', async () => {
		const bytes = buildUnitTemplateCsv();
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const grid = await readUnitFile(bytes);
		expect('rows' in grid && grid.rows[0]).toEqual(TEMPLATE_HEADERS);
	});
});

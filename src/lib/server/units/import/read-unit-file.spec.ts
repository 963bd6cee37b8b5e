import { describe, expect, it } from 'vitest';
import { encodeCp1258 } from '../../../../../tests/helpers/unit-list';
import { parseUnitRows } from './parse-rows';
import { pickDelimiter, readUnitFile } from './read-unit-file';

describe('readUnitFile', () => {
	it('reads Windows-1258 with tone marks as combining characters, composed (NFC)', async () => {
		const text = 'Mã đơn vị;Tên đơn vị;Loại;Mã đơn vị cấp trên\r\nQN;Sở Quảng Ninh;Sở;\r\n';
		const bytes = encodeCp1258(text);
		// Tone marks travel as combining characters (e.g. "ở" is ơ + U+0309), which the reader composes.
		expect(new TextDecoder('latin1').decode(bytes)).not.toContain('?');
		const grid = await readUnitFile(bytes);
		expect('encoding' in grid && grid.encoding).toBe('windows-1258');
		if (!('rows' in grid)) return;
		const { records, problems } = parseUnitRows(grid.rows, grid.rowNumbers);
		expect(problems).toEqual([]);
		expect(records[0]).toMatchObject({ code: 'QN', name: 'Sở Quảng Ninh', type: 'province' });
		expect(records[0].name).toBe('Sở Quảng Ninh'.normalize('NFC'));
	});

	it('picks the delimiter the header splits on, even with commas inside names', () => {
		expect(pickDelimiter('Mã đơn vị;Tên đơn vị;Loại\nA;Trường A, xã B, huyện C, tỉnh D;Trường\n')).toBe(';');
		expect(pickDelimiter('code,name,type\nA,"B; C",school\n')).toBe(',');
	});

	it('says when the bytes are not a file it can read', async () => {
		const grid = await readUnitFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
		expect('problem' in grid && grid.problem.code).toBe('unreadable');
	});
});

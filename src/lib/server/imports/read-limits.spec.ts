import { describe, expect, it } from 'vitest';
import { readFigureFile } from './read-file';
import { MAX_FIGURES, MAX_PROBLEMS, MAX_ROWS } from './types';

const encode = (lines: string[]) => new TextEncoder().encode(lines.join('\n') + '\n');

describe('limits that keep one file from taking the server down', () => {
	it('answers a million-row file with too_many_rows, not a stack overflow', async () => {
		const lines = ['ma_truong,ky_bao_cao,ma_chi_so,gia_tri'];
		for (let i = 0; i < 1_000_000; i++) lines.push(`S${i % 10},2024-10,GV_TS,${i % 10}`);
		const result = await readFigureFile(encode(lines), 'big.csv');
		expect(result.records).toEqual([]);
		expect(result.problems.map((p) => [p.row, p.code])).toEqual([[MAX_ROWS + 2, 'too_many_rows']]);
	}, 30_000);

	it('lists the first 5,000 problems and counts the rest in one last problem', async () => {
		const lines = ['ma_truong,ky_bao_cao,ma_chi_so,gia_tri'];
		for (let i = 0; i < 7_000; i++) lines.push(`S1,2024-13,GV_TS,1`);
		const result = await readFigureFile(encode(lines), 'bad.csv');
		expect(result.problems).toHaveLength(MAX_PROBLEMS + 1);
		const last = result.problems.at(-1)!;
		expect(last).toMatchObject({ row: 0, code: 'too_many_problems', severity: 'error' });
		expect(last.message.en).toContain('2000 more');
	});

	it('stops past 500,000 figures in a file', async () => {
		const codes = Array.from({ length: 100 }, (_, c) => `X_C${c}`);
		const lines = [['ma_truong', 'ky_bao_cao', ...codes].join(',')];
		const values = codes.map(() => '1').join(',');
		for (let s = 0; s < MAX_FIGURES / 100 + 1; s++) lines.push(`S${s},2024-10,${values}`);
		const result = await readFigureFile(encode(lines), 'wide.csv');
		expect(result.records).toEqual([]);
		expect(result.problems.map((p) => [p.row, p.code])).toEqual([
			[MAX_FIGURES / 100 + 2, 'too_many_figures']
		]);
	});
});

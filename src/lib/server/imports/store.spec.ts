import { describe, expect, it } from 'vitest';
import { auditLine, type AuditGroup } from './store';

const group = (over: Partial<AuditGroup> = {}): AuditGroup => ({
	pair: '1:2',
	unitId: 1,
	period: '2025-2026/CUOI_NAM',
	version: 3,
	before: [],
	after: [],
	...over
});

/** The COPY line's fields, unescaped as PostgreSQL's text format would. */
function fields(line: string): (string | null)[] {
	expect(line.endsWith('\n')).toBe(true);
	return line
		.slice(0, -1)
		.split('\t')
		.map((f) =>
			f === '\\N' ? null : f.replace(/\\(.)/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r' })[c] ?? c)
		);
}

describe('auditLine', () => {
	it('holds one report version: the period, the version, the changed figures before and after', () => {
		const line = auditLine(
			group({
				before: [['TH_HS_HT', 120, null]],
				after: [
					['TH_HS_HT', 118, null],
					['TH_HS_HTXS', 42, 'Đã rà soát']
				]
			}),
			'u-school',
			'\tup-1\n'
		);
		const [actor, action, unit, subject, before, after, upload] = fields(line);
		expect([actor, action, unit, subject, upload]).toEqual([
			'u-school',
			'figures.change',
			'1',
			'2025-2026/CUOI_NAM',
			'up-1'
		]);
		expect(JSON.parse(before!)).toEqual({ period: '2025-2026/CUOI_NAM', figures: { TH_HS_HT: 120 } });
		expect(JSON.parse(after!)).toEqual({
			period: '2025-2026/CUOI_NAM',
			version: 3,
			figures: { TH_HS_HT: 118, TH_HS_HTXS: 42 },
			comments: { TH_HS_HTXS: 'Đã rà soát' }
		});
	});

	it('writes no "before" for new figures and keeps awkward comments valid JSON, without NULs', () => {
		const comment = 'tab\there\nline "q" \\ back\0slash';
		const [, , , , before, after] = fields(
			auditLine(group({ after: [['GV_VIPHAM', 1, comment]] }), null, '\t\\N\n')
		);
		expect(before).toBeNull();
		expect(JSON.parse(after!).comments).toEqual({ GV_VIPHAM: 'tab\there\nline "q" \\ backslash' });
	});
});

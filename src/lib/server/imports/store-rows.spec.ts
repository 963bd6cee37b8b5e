import { describe, expect, it } from 'vitest';
import { auditLine, groupChanges, writeFigureRows, type AuditGroup } from './store-rows';
import type { FigureState, PlannedFigure, References } from './plan';
import { periodInfo } from '../../../../tests/helpers/plan-fixtures';

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

const periods = [periodInfo(7, '2025-2026/DAU_NAM'), periodInfo(8, '2025-2026/CUOI_NAM')];
const plan: { refs: References; state: FigureState } = {
	refs: {
		elements: new Map(),
		units: new Map(),
		periods: new Map(periods.map((p) => [p.ref, p])),
		periodsById: new Map(periods.map((p) => [p.id, p])),
		closures: new Map(),
		exceptions: new Map(),
		rates: []
	},
	state: {
		submissions: new Map([['2:8', { id: 40, unitId: 2, periodId: 8, status: 'returned', version: 4 }]]),
		current: new Map(),
		previous: new Map()
	}
};
function figure(
	unitId: number,
	periodId: number,
	elementId: number,
	change: PlannedFigure['change'],
	value = elementId
): PlannedFigure {
	return {
		row: 2,
		column: 'gia_tri',
		raw: String(value),
		unitId,
		periodId,
		elementId,
		code: `E${elementId}`,
		value,
		comment: null,
		before: change === 'new' ? null : { value: value - 1, comment: null },
		change
	};
}

describe('groupChanges', () => {
	it('groups the new and changed figures by report, in key order, with the version each report gets', () => {
		const groups = groupChanges(
			[
				figure(2, 8, 12, 'changed'),
				figure(2, 8, 11, 'unchanged'),
				figure(1, 8, 13, 'new'),
				figure(2, 8, 10, 'new'),
				figure(2, 7, 10, 'new'),
				figure(1, 8, 12, 'new')
			],
			plan
		);
		expect(groups.map((g) => [g.pair, g.period, g.version])).toEqual([
			['1:8', '2025-2026/CUOI_NAM', 1],
			['2:7', '2025-2026/DAU_NAM', 1],
			['2:8', '2025-2026/CUOI_NAM', 5]
		]);
		expect(groups.map((g) => g.figures.map((f) => f.elementId))).toEqual([[12, 13], [10], [10, 12]]);
		expect(groups[2].before).toEqual([['E12', 11, null]]);
		expect(groups[2].after).toEqual([
			['E10', 10, null],
			['E12', 12, null]
		]);
	});
});

describe('writeFigureRows', () => {
	it('writes new and changed figures under the id of their report’s new version', async () => {
		const groups = groupChanges([figure(2, 8, 12, 'changed', 7), figure(2, 8, 10, 'new', 3)], plan);
		const stored = new Map([
			['2:8', { id: 40, unitId: 2, periodId: 8, status: 'submitted' as const, version: 5 }]
		]);
		expect(await writeFigureRows(groups, stored, '\tup-1\n')).toEqual({
			added: '40\t10\t3\t\\N\tup-1\n',
			updated: '40\t12\t7\t\\N\n'
		});
	});

	it('refuses a report whose stored version is not the one its audit row was written for', async () => {
		const groups = groupChanges([figure(2, 8, 10, 'new')], plan);
		const stored = new Map([
			['2:8', { id: 40, unitId: 2, periodId: 8, status: 'submitted' as const, version: 6 }]
		]);
		await expect(writeFigureRows(groups, stored, '\n')).rejects.toThrow(/version 6, not 5/);
	});
});

// The upward report (pure part): a district's roll-up for a period in the long layout the import
// accepts — ma_truong,ky_bao_cao,ma_chi_so,gia_tri,ghi_chu — with the district's code in the
// school column. Values:
//   count / decimal figures     Σ over the district's schools;
//   yes/no figures              the number of schools answering yes;
//   level figures (schools)     the number of schools at level ≥ 1, the distribution in the comment;
//   commune figures (PCGD, XMC) the lowest level among the communes (an area's level);
// each comment says how many schools (communes) it covers, e.g. "Tổng của 38 trường".

import { csvQuote, delimiterOf, type CsvDialect } from '../exports/csv-dialect';

export type FigureFact = {
	code: string;
	valueType: 'count' | 'yes_no' | 'level' | 'decimal';
	unitScope: 'school' | 'commune';
	sortOrder: number;
	value: number;
};

export type UpwardRow = { code: string; value: number; units: number; comment: string };

export const UPWARD_HEADER = ['ma_truong', 'ky_bao_cao', 'ma_chi_so', 'gia_tri', 'ghi_chu'] as const;

function describeLevels(values: number[]): string {
	const counts = new Map<number, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts.entries()]
		.sort((a, b) => a[0] - b[0])
		.map(([level, n]) => `mức ${level}: ${n}`)
		.join('; ');
}

export function aggregateUpward(facts: readonly FigureFact[]): UpwardRow[] {
	const groups = new Map<string, FigureFact[]>();
	for (const f of facts) groups.set(f.code, [...(groups.get(f.code) ?? []), f]);
	const ordered = [...groups.values()].sort(
		(a, b) => a[0].sortOrder - b[0].sortOrder || a[0].code.localeCompare(b[0].code)
	);
	return ordered.map((list) => {
		const { code, valueType, unitScope } = list[0];
		const values = list.map((f) => f.value);
		const n = values.length;
		if (unitScope === 'commune') {
			return { code, value: Math.min(...values), units: n, comment: `Mức thấp nhất của ${n} xã/phường` };
		}
		if (valueType === 'yes_no') {
			const yes = values.filter((v) => v >= 1).length;
			return { code, value: yes, units: n, comment: `Số trường có: ${yes}/${n} trường` };
		}
		if (valueType === 'level') {
			const reached = values.filter((v) => v >= 1).length;
			return {
				code,
				value: reached,
				units: n,
				comment: `Số trường đạt mức 1 trở lên: ${reached}/${n} trường (${describeLevels(values)})`
			};
		}
		const total = values.reduce((s, v) => s + v, 0);
		return { code, value: Math.round(total * 100) / 100, units: n, comment: `Tổng của ${n} trường` };
	});
}

/** A number as the import reads it unambiguously: plain digits, the dialect's mark before at most 2 decimals. */
export function formatUpwardValue(value: number, dialect: CsvDialect = 'plain'): string {
	const rounded = Math.round(value * 100) / 100;
	const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(2).replace(/0$/, '');
	return dialect === 'plain' ? text : text.replace('.', ',');
}

/** The period as the import reads it: '<school year>/<key>' ('2024-2025/CUOI_NAM', '2024-2025/2024-10'). */
export function periodRef(yearCode: string, periodKey: string): string {
	return `${yearCode}/${periodKey}`;
}

/** UTF-8 with a BOM (so Excel shows Vietnamese), CRLF line ends, in the dialect asked for (csv-dialect.ts). */
export function formatUpwardCsv(
	unitCode: string,
	period: string,
	rows: readonly UpwardRow[],
	dialect: CsvDialect = 'plain'
): string {
	const sep = delimiterOf(dialect);
	const lines = [UPWARD_HEADER.join(sep)];
	for (const r of rows) {
		const fields = [unitCode, period, r.code, formatUpwardValue(r.value, dialect), r.comment];
		lines.push(fields.map((f) => csvQuote(f, dialect)).join(sep));
	}
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

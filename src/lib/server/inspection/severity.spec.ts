import { describe, expect, it } from 'vitest';
import { computeSeverity, normalise, rankBySeverity, type IndicatorEvidence } from './severity';

const base = {
	weight: 1,
	unit: 'percent',
	direction: 'higher',
	actual: null,
	gap: null,
	reference: null,
	previous: null
} as const;
const ev = (
	e: Partial<IndicatorEvidence> & Pick<IndicatorEvidence, 'indicator' | 'status'>
): IndicatorEvidence => ({ ...base, ...e });

// Hand-computed fixture (numbers worked out on paper, see each line).
const schools = [
	{
		name: 'Trường Tiểu học An Tiến',
		indicators: [
			// ≥ 97% two sessions, weight 2: 90% (−7 pp) → 2 × 0.7 = 1.4; last year 93% → 2 × ½ × 0.3 = 0.3
			ev({
				indicator: 'TH_2BUOI',
				weight: 2,
				status: 'off_track',
				actual: 90,
				gap: -7,
				reference: 97,
				previous: 93
			}),
			// dropouts = 0 (count, lower): 3 → 3/1 = 3 (cap) → 3.0; last year 1 → worse by 2 → ½ × 2 = 1.0
			ev({
				indicator: 'TH_BOHOC',
				unit: 'count',
				direction: 'lower',
				status: 'off_track',
				actual: 3,
				gap: -3,
				reference: 0,
				previous: 1
			})
		],
		reports: { late: 1, missing: 0 }, // 0.25
		expected: 5.95
	},
	{
		name: 'Trường Tiểu học Bình Minh',
		indicators: [
			// excellence 55–60% band: 82% (22 pp above the max) → 2.2
			ev({
				indicator: 'TH_HTXS',
				direction: 'band',
				status: 'above_band',
				actual: 82,
				gap: -22,
				reference: 60
			}),
			// ≥ 99% foreign language, at risk at 97.5% (−1.5 pp) → ½ × 0.15 = 0.075
			ev({ indicator: 'TH_NGOAINGU', status: 'at_risk', actual: 97.5, gap: -1.5, reference: 99 })
		],
		reports: { late: 0, missing: 0 },
		expected: 2.275
	},
	{
		name: 'Trường Tiểu học Cát Bi',
		indicators: [
			// met, but 2 pp worse than last year → ½ × 0.2 = 0.1
			ev({ indicator: 'TH_2BUOI', status: 'met', actual: 98, gap: 1, reference: 97, previous: 100 }),
			// national standard level ≥ 2, weight 1.5: level 1 → 1.5 × 1 = 1.5
			ev({
				indicator: 'CHUAN_QG',
				unit: 'level',
				weight: 1.5,
				status: 'off_track',
				actual: 1,
				gap: -1,
				reference: 2
			})
		],
		reports: { late: 0, missing: 2 }, // 2 × 0.5 = 1.0
		expected: 2.6
	},
	{
		name: 'Trường Tiểu học Đằng Lâm',
		indicators: [
			ev({ indicator: 'TH_2BUOI', status: 'met', actual: 99, gap: 2, reference: 97, previous: 98 })
		],
		reports: { late: 0, missing: 0 },
		expected: 0
	},
	{
		name: 'Trường Tiểu học Ánh Dương',
		indicators: [ev({ indicator: 'TH_2BUOI', status: 'no_data' })],
		reports: { late: 0, missing: 0 },
		expected: 0
	}
];

describe('severity of a school', () => {
	it.each(schools)('$name scores $expected', ({ indicators, reports, expected }) => {
		expect(computeSeverity(indicators, reports).score).toBeCloseTo(expected, 6);
	});

	it('lists its evidence term by term', () => {
		const s = computeSeverity(schools[0].indicators, schools[0].reports);
		expect(s.terms).toEqual([
			{ kind: 'shortfall', indicator: 'TH_2BUOI', points: 1.4 },
			{ kind: 'trend', indicator: 'TH_2BUOI', points: 0.3 },
			{ kind: 'shortfall', indicator: 'TH_BOHOC', points: 3 },
			{ kind: 'trend', indicator: 'TH_BOHOC', points: 1 },
			{ kind: 'late', count: 1, points: 0.25 }
		]);
		expect(s).toMatchObject({ missed: 2, aboveBand: 0, worsening: 2 });
	});

	it('worsening counts only beyond noise and only for judged indicators', () => {
		const noise = ev({ indicator: 'X', status: 'met', actual: 98.2, gap: 1.2, reference: 97, previous: 99 }); // −0.8 pp
		const unjudged = ev({ indicator: 'Y', unit: 'count', status: 'no_data', actual: 544, previous: 557 });
		const counted = ev({
			indicator: 'Z',
			unit: 'count',
			status: 'met',
			actual: 80,
			gap: 0,
			reference: 80,
			previous: 100
		}); // −20%
		const s = computeSeverity([noise, unjudged, counted], { late: 0, missing: 0 });
		expect(s.terms).toEqual([{ kind: 'trend', indicator: 'Z', points: 0.1 }]);
		expect(s.worsening).toBe(1);
	});

	it('a projected miss with no shortfall yet still counts a little', () => {
		const s = computeSeverity([ev({ indicator: 'X', status: 'at_risk', actual: 98, gap: 1 })], {
			late: 0,
			missing: 0
		});
		expect(s.score).toBeCloseTo(0.05, 6);
	});

	it('normalises by measure: 10 pp = 1, counts against the target, levels as they are, capped at 3', () => {
		expect(normalise(-5, 'percent', 97)).toBe(0.5);
		expect(normalise(2, 'count', 4)).toBe(0.5);
		expect(normalise(50, 'count', 0)).toBe(3);
		expect(normalise(1, 'level', 2)).toBe(1);
		expect(normalise(80, 'percent', null)).toBe(3);
	});
});

describe('ranking', () => {
	it('worst first; equal scores in Vietnamese alphabetical order (Á before Đ)', () => {
		const rows = schools.map((s) => ({ name: s.name, severity: computeSeverity(s.indicators, s.reports) }));
		expect(rankBySeverity(rows).map((r) => r.name)).toEqual([
			'Trường Tiểu học An Tiến',
			'Trường Tiểu học Cát Bi',
			'Trường Tiểu học Bình Minh',
			'Trường Tiểu học Ánh Dương',
			'Trường Tiểu học Đằng Lâm'
		]);
	});
});

import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { SCHOOL_LEVELS } from '../../domain/types';
import { generateScaleProvince } from './generate-scale';

const schoolsOf = (p: ReturnType<typeof generateScaleProvince>) => p.districts.flatMap((d) => d.schools);

describe('generateScaleProvince', () => {
	it('gives exactly N schools with unique sequential codes, in districts of 60–120', () => {
		for (const n of [0, 1, 59, 60, 120, 121, 179, 1000, 2000, 5003]) {
			const p = generateScaleProvince({ schools: n, seed: 3 });
			expect(p.province.code).toBe('SCALE');
			const schools = schoolsOf(p);
			expect(schools).toHaveLength(n);
			expect(schools.map((s) => s.code)).toEqual(
				Array.from({ length: n }, (_, i) => `S${String(i + 1).padStart(5, '0')}`)
			);
			expect(p.districts.map((d) => d.code)).toEqual(
				p.districts.map((_, i) => `D${String(i + 1).padStart(3, '0')}`)
			);
			if (n > 120)
				for (const d of p.districts) {
					expect(d.schools.length).toBeGreaterThanOrEqual(60);
					expect(d.schools.length).toBeLessThanOrEqual(120);
				}
		}
	});

	it('keeps counts and district bounds for any N (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer(), (n, seed) => {
				const p = generateScaleProvince({ schools: n, seed });
				const schools = schoolsOf(p);
				expect(schools).toHaveLength(n);
				expect(new Set(schools.map((s) => s.code)).size).toBe(n);
				for (const d of p.districts) {
					if (n > 120) expect(d.schools.length).toBeGreaterThanOrEqual(60);
					expect(d.schools.length).toBeLessThanOrEqual(120);
				}
			}),
			{ numRuns: 40 }
		);
	});

	it('has a realistic level mix and ~20% non-public schools, mostly preschools', () => {
		const schools = schoolsOf(generateScaleProvince({ schools: 4000, seed: 11 }));
		const share = (pred: (s: (typeof schools)[number]) => boolean) =>
			schools.filter(pred).length / schools.length;
		expect(share((s) => s.level === 'MN')).toBeCloseTo(0.35, 1);
		expect(share((s) => s.level === 'TH')).toBeCloseTo(0.35, 1);
		expect(share((s) => s.level === 'THCS')).toBeCloseTo(0.25, 1);
		expect(share((s) => s.level === 'TH_THCS')).toBeGreaterThan(0.03);
		expect(share((s) => s.level === 'TH_THCS')).toBeLessThan(0.07);
		const np = share((s) => s.ownership === 'non_public');
		expect(np).toBeGreaterThan(0.16);
		expect(np).toBeLessThan(0.24);
		const npMn = schools.filter((s) => s.ownership === 'non_public' && s.level === 'MN').length;
		expect(npMn / schools.filter((s) => s.ownership === 'non_public').length).toBeGreaterThan(0.65);
	});

	it('gives plausible sizes, names and communes', () => {
		const p = generateScaleProvince({ schools: 1500, seed: 5 });
		for (const d of p.districts) {
			expect(d.name).toMatch(/^(Huyện|Quận) \S+ \S+$/);
			expect(d.communes.length).toBeGreaterThan(0);
			expect(new Set(d.communes.map((c) => c.code)).size).toBe(d.communes.length);
			const communes = new Set(d.communes.map((c) => c.code));
			const names = new Set<string>();
			for (const s of d.schools) {
				expect(SCHOOL_LEVELS).toContain(s.level);
				expect(communes.has(s.commune2025!)).toBe(true);
				expect(s.name).toMatch(/^Trường (Mầm non|Tiểu học|THCS|TH&THCS)/);
				expect(names.has(s.name)).toBe(false);
				names.add(s.name);
				expect(Number.isInteger(s.pupils) && Number.isInteger(s.classes)).toBe(true);
				expect(s.classes).toBeGreaterThanOrEqual(2);
				const perClass = s.pupils / s.classes;
				expect(perClass).toBeGreaterThanOrEqual(15);
				expect(perClass).toBeLessThanOrEqual(47);
				expect(s.contactPhone).toMatch(/^09\d{8}$/);
			}
		}
	});

	it('is deterministic by seed', () => {
		expect(generateScaleProvince({ schools: 700, seed: 9 })).toEqual(
			generateScaleProvince({ schools: 700, seed: 9 })
		);
		expect(generateScaleProvince({ schools: 700, seed: 10 })).not.toEqual(
			generateScaleProvince({ schools: 700, seed: 9 })
		);
	});
});

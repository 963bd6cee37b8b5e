import { describe, expect, it } from 'vitest';
import {
	findMissingFigures,
	listRequiredFigures,
	profileKey,
	nameMissing,
	summariseMissing,
	type RequirableElement
} from './required-figures';

const el = (
	code: string,
	levels: string[],
	forms: string[],
	unitScope: 'school' | 'commune' = 'school'
): RequirableElement => ({ code, levels, forms, unitScope });

const catalogue = [
	el('MN_TS_TRE', ['MN'], ['DAU_NAM', 'CAN_DO']),
	el('TH_TS_HS', ['TH'], ['DAU_NAM', 'CUOI_NAM']),
	el('THCS_TS_HS', ['THCS'], ['DAU_NAM']),
	el('GV_TS', ['MN', 'TH', 'THCS', 'THPT'], ['DAU_NAM']),
	el('TU_DANHGIA', ['MN', 'TH', 'THCS', 'THPT'], ['CUOI_NAM']),
	el('PCGD_TH_MUC', [], ['CUOI_NAM'], 'commune')
];
const codes = (list: RequirableElement[]) => list.map((e) => e.code);

describe('listRequiredFigures', () => {
	it('takes the elements of the form that apply to the school level', () => {
		expect(codes(listRequiredFigures(catalogue, 'DAU_NAM', { type: 'school', schoolLevel: 'TH' }))).toEqual([
			'TH_TS_HS',
			'GV_TS'
		]);
	});

	it('joins both levels of a combined school', () => {
		expect(
			codes(listRequiredFigures(catalogue, 'DAU_NAM', { type: 'school', schoolLevel: 'TH_THCS' }))
		).toEqual(['TH_TS_HS', 'THCS_TS_HS', 'GV_TS']);
	});

	it('leaves out elements of other forms and commune elements for a school', () => {
		expect(codes(listRequiredFigures(catalogue, 'CUOI_NAM', { type: 'school', schoolLevel: 'TH' }))).toEqual([
			'TH_TS_HS',
			'TU_DANHGIA'
		]);
		expect(listRequiredFigures(catalogue, 'CAN_DO', { type: 'school', schoolLevel: 'TH' })).toEqual([]);
	});

	it('asks a commune for the commune elements of the form only', () => {
		expect(codes(listRequiredFigures(catalogue, 'CUOI_NAM', { type: 'commune', schoolLevel: null }))).toEqual(
			['PCGD_TH_MUC']
		);
		expect(listRequiredFigures(catalogue, 'DAU_NAM', { type: 'commune', schoolLevel: null })).toEqual([]);
	});

	it('requires nothing of an area or of a school without a level', () => {
		expect(listRequiredFigures(catalogue, 'DAU_NAM', { type: 'district', schoolLevel: null })).toEqual([]);
		expect(listRequiredFigures(catalogue, 'DAU_NAM', { type: 'school', schoolLevel: null })).toEqual([]);
	});
});

describe('findMissingFigures', () => {
	it('keeps the required order and ignores extra codes', () => {
		expect(findMissingFigures(['A', 'B', 'C'], ['C', 'X'])).toEqual(['A', 'B']);
		expect(findMissingFigures(['A'], new Set(['A']))).toEqual([]);
	});
});

describe('summariseMissing', () => {
	it('bounds the list and counts the rest', () => {
		const many = Array.from({ length: 13 }, (_, i) => `C${i}`);
		const s = summariseMissing(many);
		expect(s.shown).toHaveLength(10);
		expect(s.more).toBe(3);
		expect(s.text.startsWith('C0, C1')).toBe(true);
		expect(summariseMissing(['A', 'B'])).toEqual({ shown: ['A', 'B'], more: 0, text: 'A, B' });
	});
});

describe('nameMissing', () => {
	it('names the missing figures by the catalogue, keeps an unknown code, and counts the rest', () => {
		const names = new Map([
			['TH_HS_BANTRU', 'Học sinh bán trú'],
			['CO_THUVIENSO', 'Có thư viện số']
		]);
		expect(nameMissing(['TH_HS_BANTRU', 'CO_THUVIENSO'], names)).toBe('Học sinh bán trú, Có thư viện số');
		expect(nameMissing(['TH_HS_BANTRU', 'X_NEW'], names)).toBe('Học sinh bán trú, X_NEW');
		expect(nameMissing(['TH_HS_BANTRU', 'CO_THUVIENSO', 'X'], names, 2)).toBe(
			'Học sinh bán trú, Có thư viện số … (+1)'
		);
	});
});

describe('profileKey', () => {
	it('groups units with the same requirements', () => {
		expect(profileKey({ type: 'school', schoolLevel: 'TH' })).toBe('school:TH');
		expect(profileKey({ type: 'commune', schoolLevel: null })).toBe('commune');
	});
});

import { z } from 'zod';
import { BASE_LEVELS, DIRECTIONS, INDICATOR_GROUPS, VALUE_TYPES } from '$lib/domain/types';
import { RULE_GROUPS } from '$lib/server/db/schema/catalogue';
import { ABOVE_TARGET_RULES } from '$lib/domain/above-target';
import { noNul, NUL_MESSAGE } from './form';

/** Figure and indicator codes: the contract with schools' files, upper-case ASCII. */
export const CATALOGUE_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
const code = z.string().trim().regex(CATALOGUE_CODE, 'catalogueAdmin.error.code');
const name = z
	.string()
	.trim()
	.min(1, 'catalogueAdmin.error.name')
	.max(200, 'catalogueAdmin.error.name')
	.refine(noNul, NUL_MESSAGE);
const levels = z.array(z.enum(BASE_LEVELS, 'catalogueAdmin.error.levels'));
const FORM_CODE = /^[A-Z][A-Z0-9_]{1,29}$/;

/** Codes typed as a list: "A + B", "A, B" or one a line; upper-cased, duplicates dropped. */
export function splitCodes(text: string): string[] {
	return [
		...new Set(
			text
				.split(/[\s,;+]+/)
				.map((c) => c.trim().toUpperCase())
				.filter(Boolean)
		)
	];
}
const codeList = (message: string) =>
	z.string().transform(splitCodes).pipe(z.array(code).min(1, message).max(20, message));

export const elementSchema = z
	.object({
		code,
		nameVi: name,
		nameEn: name,
		valueType: z.enum(VALUE_TYPES, 'catalogueAdmin.error.valueType'),
		levels,
		unitScope: z.enum(['school', 'commune'], 'catalogueAdmin.error.unitScope'),
		forms: z
			.array(z.string().trim().regex(FORM_CODE, 'catalogueAdmin.error.forms'))
			.min(1, 'catalogueAdmin.error.forms'),
		maxLevel: z
			.string()
			.trim()
			.transform((v) => (v === '' ? null : Number(v)))
			.pipe(
				z
					.number('catalogueAdmin.error.maxLevel')
					.int('catalogueAdmin.error.maxLevel')
					.min(1, 'catalogueAdmin.error.maxLevel')
					.max(10, 'catalogueAdmin.error.maxLevel')
					.nullable()
			)
	})
	.superRefine((v, ctx) => {
		if (v.valueType === 'level' && v.maxLevel === null)
			ctx.addIssue({ code: 'custom', path: ['maxLevel'], message: 'catalogueAdmin.error.maxLevel' });
		if (v.unitScope === 'school' && v.levels.length === 0)
			ctx.addIssue({ code: 'custom', path: ['levels'], message: 'catalogueAdmin.error.levels' });
	})
	.transform((v) => ({
		...v,
		maxLevel: v.valueType === 'level' ? v.maxLevel : null,
		levels: v.unitScope === 'commune' ? [] : v.levels
	}));
export type ElementInput = z.output<typeof elementSchema>;

export const ruleSchema = z
	.object({
		groupKey: z.enum(RULE_GROUPS, 'catalogueAdmin.error.group'),
		kind: z.enum(['le', 'eq'], 'catalogueAdmin.error.kind'),
		left: codeList('catalogueAdmin.error.codes'),
		right: codeList('catalogueAdmin.error.codes'),
		nameVi: z.string().trim().max(200).refine(noNul, NUL_MESSAGE),
		nameEn: z.string().trim().max(200).refine(noNul, NUL_MESSAGE),
		active: z.boolean()
	})
	.superRefine((v, ctx) => {
		if (v.left.some((c) => v.right.includes(c)))
			ctx.addIssue({ code: 'custom', path: ['right'], message: 'catalogueAdmin.error.sameSide' });
		if ((v.nameVi === '') !== (v.nameEn === ''))
			ctx.addIssue({ code: 'custom', path: ['nameEn'], message: 'catalogueAdmin.error.ruleNames' });
	});
export type RuleInput = z.output<typeof ruleSchema>;

const FORMULA_KINDS = ['rate', 'sum', 'share_of_schools', 'level'] as const;

export const indicatorSchema = z
	.object({
		code,
		nameVi: name,
		nameEn: name,
		group: z.enum(INDICATOR_GROUPS, 'catalogueAdmin.error.group'),
		levels,
		kind: z.enum(FORMULA_KINDS, 'catalogueAdmin.error.formulaKind'),
		numerator: z.string().transform(splitCodes),
		denominator: z.string().transform(splitCodes),
		element: z.string().transform(splitCodes),
		atLeast: z.string().trim(),
		direction: z.enum(DIRECTIONS, 'catalogueAdmin.error.direction'),
		unit: z.enum(['percent', 'count', 'level'], 'catalogueAdmin.error.unit'),
		// Optional so that callers made before it (older workbooks) leave the stored rule as it is.
		aboveTarget: z.enum(['', ...ABOVE_TARGET_RULES], 'aboveTarget.error.rule').optional()
	})
	.superRefine((v, ctx) => {
		const bad = (path: string, message = 'catalogueAdmin.error.codes') =>
			ctx.addIssue({ code: 'custom', path: [path], message });
		const valid = (list: string[]) => list.length > 0 && list.every((c) => CATALOGUE_CODE.test(c));
		if (v.kind === 'rate') {
			if (!valid(v.numerator)) bad('numerator');
			if (!valid(v.denominator)) bad('denominator');
		} else if (v.kind === 'sum') {
			if (!valid(v.numerator)) bad('numerator');
		} else {
			if (v.element.length !== 1 || !valid(v.element)) bad('element', 'catalogueAdmin.error.oneCode');
			if (v.kind === 'share_of_schools' && !/^\d{1,2}$/.test(v.atLeast))
				bad('atLeast', 'catalogueAdmin.error.atLeast');
		}
	})
	.transform((v) => ({
		code: v.code,
		nameVi: v.nameVi,
		nameEn: v.nameEn,
		group: v.group,
		levels: v.levels,
		direction: v.direction,
		unit: v.unit,
		aboveTarget: v.aboveTarget === undefined ? undefined : v.aboveTarget || null,
		formula:
			v.kind === 'rate'
				? { kind: 'rate' as const, numerator: v.numerator, denominator: v.denominator }
				: v.kind === 'sum'
					? { kind: 'sum' as const, of: v.numerator }
					: v.kind === 'share_of_schools'
						? { kind: 'share_of_schools' as const, element: v.element[0], atLeast: Number(v.atLeast) }
						: { kind: 'level' as const, element: v.element[0] }
	}));
export type IndicatorInput = z.output<typeof indicatorSchema>;

/** Every element code a formula reads. */
export function formulaCodes(f: IndicatorInput['formula']): string[] {
	switch (f.kind) {
		case 'rate':
			return [...f.numerator, ...f.denominator];
		case 'sum':
			return f.of;
		default:
			return [f.element];
	}
}

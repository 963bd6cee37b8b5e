// Forms of the plan editor. Messages are catalogue keys (the route translates them); rules that need
// the database (the indicator's unit and levels, the plan's schools and periods) are in
// src/lib/server/plans/check-target.ts.
import { z } from 'zod';
import { parseTargetNumber } from '../server/plans/parse-number';
import { COMPARATORS, DEFAULT_JUDGED_AT, EVERY_MONTH, type TargetScope } from '../server/plans/types';
import { noNul, NUL_MESSAGE } from './form';

const YEAR = /^\d{4}-\d{4}$/;
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const PERIOD = /^[A-Z0-9_-]{1,32}$/;

const text = (max: number) =>
	z
		.string()
		.optional()
		.transform((s) => s?.trim() ?? '')
		.refine((s) => s.length <= max, 'plans.error.tooLong')
		.refine(noNul, NUL_MESSAGE);

/** A number as people type it ('85,7', '7.910', '−1,5'); blank is null. */
export const numberField = z
	.string()
	.optional()
	.transform((s, ctx) => {
		const parsed = parseTargetNumber(s);
		if (!parsed.ok) {
			ctx.addIssue({ code: 'custom', message: 'plans.error.notNumber' });
			return z.NEVER;
		}
		return parsed.value;
	});

/** 'area', 'school:<code>' or 'group:<code>' (one select lists all three). */
export const scopeField = z
	.string()
	.optional()
	.transform((s, ctx): TargetScope => {
		const v = (s ?? '').trim();
		if (v === '' || v === 'area') return { kind: 'area' };
		const [kind, code] = [v.slice(0, v.indexOf(':')), v.slice(v.indexOf(':') + 1).trim()];
		if ((kind === 'school' || kind === 'group') && CODE.test(code)) return { kind, code: code.toUpperCase() };
		ctx.addIssue({ code: 'custom', message: 'plans.error.scope' });
		return z.NEVER;
	});

const periodKey = z
	.string()
	.optional()
	.transform((s) => s?.trim().toUpperCase() ?? '')
	.refine((s) => s === '' || PERIOD.test(s), 'plans.error.periodUnknown');

export const planKeySchema = z.object({
	unit: z.string().trim().toUpperCase().regex(CODE, 'plans.error.unitRequired'),
	year: z.string().trim().regex(YEAR, 'plans.error.yearRequired')
});

export const createPlanSchema = planKeySchema.extend({
	titleVi: text(300),
	titleEn: text(300)
});
export type CreatePlanInput = z.infer<typeof createPlanSchema>;

export const copyPlanSchema = createPlanSchema;

export const targetFormSchema = z
	.object({
		indicator: z.string().trim().toUpperCase().regex(CODE, 'plans.error.indicatorRequired'),
		comparator: z.enum(COMPARATORS, 'plans.error.comparatorRequired'),
		value: numberField,
		min: numberField,
		max: numberField,
		scope: scopeField,
		judgedAt: periodKey.transform((s) => s || DEFAULT_JUDGED_AT),
		baseline: periodKey.transform((s) => s || null),
		plannedNumerator: numberField,
		plannedDenominator: numberField,
		source: text(2000).transform((s) => s || null)
	})
	.superRefine((v, ctx) => {
		const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
		if (v.comparator === 'range') {
			if (v.min === null) issue('min', 'plans.error.minRequired');
			if (v.max === null) issue('max', 'plans.error.maxRequired');
			if (v.min !== null && v.max !== null && v.min > v.max) issue('max', 'plans.error.minAboveMax');
		} else if (v.value === null) {
			issue('value', 'plans.error.valueRequired');
		}
		if (v.comparator === 'change') {
			if (!v.baseline) issue('baseline', 'plans.error.baselineRequired');
			else if (v.baseline === EVERY_MONTH || v.baseline === v.judgedAt)
				issue('baseline', 'plans.error.baselineSame');
		}
		if (v.comparator === 'level_gte' && v.value !== null && (!Number.isInteger(v.value) || v.value < 0)) {
			issue('value', 'plans.error.levelInteger');
		}
		const planned = [v.plannedNumerator, v.plannedDenominator];
		if (planned.some((n) => n === null) && planned.some((n) => n !== null)) {
			issue(
				v.plannedNumerator === null ? 'plannedNumerator' : 'plannedDenominator',
				'plans.error.plannedBoth'
			);
		}
		for (const [key, n] of [
			['plannedNumerator', v.plannedNumerator],
			['plannedDenominator', v.plannedDenominator]
		] as const) {
			if (n !== null && (n < 0 || !Number.isInteger(n))) issue(key, 'plans.error.countInteger');
		}
		if (v.plannedDenominator === 0) issue('plannedDenominator', 'plans.error.denominatorZero');
	})
	.transform((v) => ({
		...v,
		// Fields of the other comparators are ignored, not stored.
		value: v.comparator === 'range' ? null : v.value,
		min: v.comparator === 'range' ? v.min : null,
		max: v.comparator === 'range' ? v.max : null,
		baseline: v.comparator === 'change' ? v.baseline : null
	}));
export type TargetFormInput = z.infer<typeof targetFormSchema>;

/** The per-school grid: one comparator for the column, one cell (value, or min and max) per school. */
export const gridFormSchema = z
	.object({
		indicator: z.string().trim().toUpperCase().regex(CODE, 'plans.error.indicatorRequired'),
		comparator: z.enum(COMPARATORS, 'plans.error.comparatorRequired'),
		judgedAt: periodKey.transform((s) => s || DEFAULT_JUDGED_AT),
		baseline: periodKey.transform((s) => s || null),
		source: text(2000).transform((s) => s || null),
		cells: z.array(
			z.object({
				school: z.string().trim().toUpperCase().regex(CODE, 'plans.error.schoolUnknown'),
				value: numberField,
				min: numberField,
				max: numberField
			})
		)
	})
	.superRefine((v, ctx) => {
		if (v.comparator === 'change' && !v.baseline) {
			ctx.addIssue({ code: 'custom', path: ['baseline'], message: 'plans.error.baselineRequired' });
		}
		v.cells.forEach((c, i) => {
			const issue = (field: string, message: string) =>
				ctx.addIssue({ code: 'custom', path: ['cells', i, field], message });
			if (v.comparator === 'range') {
				if ((c.min === null) !== (c.max === null))
					issue(c.min === null ? 'min' : 'max', 'plans.error.rangeBoth');
				else if (c.min !== null && c.max !== null && c.min > c.max) issue('max', 'plans.error.minAboveMax');
			} else if (
				v.comparator === 'level_gte' &&
				c.value !== null &&
				(!Number.isInteger(c.value) || c.value < 0)
			) {
				issue('value', 'plans.error.levelInteger');
			}
		});
	});
export type GridFormInput = z.infer<typeof gridFormSchema>;

export const IMPORT_MODES = ['replace', 'append'] as const;
export const importConfirmSchema = z.object({
	mode: z.enum(IMPORT_MODES, 'plans.error.importMode'),
	fileName: z.string().trim().min(1).max(255).refine(noNul, NUL_MESSAGE),
	file: z.string().min(1, 'plans.import.fileRequired').max(4_000_000),
	sha256: z.string().regex(/^[0-9a-f]{64}$/)
});

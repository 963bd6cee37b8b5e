// The forms of a unit's own page (/admin/units/[code]) and of /admin/units/new: one schema per form.
import { z } from 'zod';
import { isoDateSchema, noNul, NUL_MESSAGE } from './form';

const CODE = /^[A-Z0-9][A-Z0-9_.-]{0,39}$/;
export const UNIT_TYPES = ['province', 'district', 'commune', 'school'] as const;
export const SCHOOL_LEVELS = ['MN', 'TH', 'THCS', 'THPT', 'TH_THCS', 'THCS_THPT'] as const;
export const OWNERSHIPS = ['public', 'non_public'] as const;

const isoDate = isoDateSchema('unitsAdmin.error.date');

const code = (message: string) =>
	z
		.string()
		.trim()
		.transform((v) => v.toUpperCase())
		.refine((v) => CODE.test(v), message);

/** Optional free text: '' becomes null. */
const optionalText = z
	.string()
	.trim()
	.max(300, 'unitsAdmin.error.tooLong')
	.refine(noNul, NUL_MESSAGE)
	.transform((v) => (v === '' ? null : v));

const name = z
	.string()
	.trim()
	.min(1, 'unitsAdmin.error.name')
	.max(200, 'unitsAdmin.error.name')
	.refine(noNul, NUL_MESSAGE);

/** Level and ownership: required for schools, ignored (null) for areas. */
const schoolFields = {
	schoolLevel: z.string().trim(),
	ownership: z.string().trim()
};
function checkSchoolFields(
	v: { type: string; schoolLevel: string; ownership: string },
	ctx: z.RefinementCtx
) {
	if (v.type !== 'school') return;
	if (!(SCHOOL_LEVELS as readonly string[]).includes(v.schoolLevel))
		ctx.addIssue({ code: 'custom', path: ['schoolLevel'], message: 'unitsAdmin.error.level' });
	if (!(OWNERSHIPS as readonly string[]).includes(v.ownership))
		ctx.addIssue({ code: 'custom', path: ['ownership'], message: 'unitsAdmin.error.ownership' });
}

export const DETAIL_FIELDS = [
	'name',
	'schoolLevel',
	'ownership',
	'ministryCode',
	'address',
	'contactName',
	'contactPhone'
] as const;

/** The fields of DETAIL_FIELDS, in both the details form and the new-unit form. */
const details = {
	name,
	...schoolFields,
	ministryCode: optionalText,
	address: optionalText,
	contactName: optionalText,
	contactPhone: optionalText
};

/** Rename and the other details; `type` is the stored unit's (never changed here). */
export const unitDetailsSchema = z
	.object({
		type: z.enum(UNIT_TYPES),
		...details
	})
	.superRefine(checkSchoolFields);
export type UnitDetailsInput = z.infer<typeof unitDetailsSchema>;

export const NEW_UNIT_FIELDS = ['code', 'type', 'parentCode', 'activeFrom', ...DETAIL_FIELDS] as const;

export const newUnitSchema = z
	.object({
		code: code('unitsAdmin.error.code'),
		type: z.enum(UNIT_TYPES, 'unitsAdmin.error.type'),
		parentCode: code('unitsAdmin.error.parent'),
		/** Empty: the unit has always existed (it is expected in every period). */
		activeFrom: z.union([z.literal(''), isoDate]).transform((v) => (v === '' ? null : v)),
		...details
	})
	.superRefine(checkSchoolFields);
export type NewUnitInput = z.infer<typeof newUnitSchema>;

export const moveSchema = z.object({ parentCode: code('unitsAdmin.error.parent'), from: isoDate });
export type MoveInput = z.infer<typeof moveSchema>;

/** `from`: the first day the unit is closed. */
export const closeSchema = z.object({ from: isoDate });

export const mergeSchema = z.object({ intoCode: code('unitsAdmin.error.into'), from: isoDate });
export type MergeInput = z.infer<typeof mergeSchema>;

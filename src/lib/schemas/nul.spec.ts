import { describe, expect, it } from 'vitest';
import { loginSchema } from './login';
import { tokenNameSchema } from './tokens';
import { newUserSchema, profileSchema } from './users';
import { exceptionSchema, findingSchema, transitionSchema } from './reporting';
import { createPlanSchema } from './plans';
import { NUL_MESSAGE } from './form';

const NUL = '\u0000';

function nulFields(result: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
	expect(result.success).toBe(false);
	return result.error!.issues.filter((i) => i.message === NUL_MESSAGE).map((i) => String(i.path[0]));
}

describe('free-text fields refuse NUL (PostgreSQL cannot store it) as a field error', () => {
	it('login', () => {
		expect(nulFields(loginSchema.safeParse({ username: `district${NUL}`, password: `x${NUL}` }))).toEqual([
			'username',
			'password'
		]);
		expect(loginSchema.safeParse({ username: 'district', password: 'x' }).success).toBe(true);
	});

	it('token name, user profile, comments, reasons, findings, plan titles', () => {
		expect(nulFields(tokenNameSchema.safeParse({ name: `a${NUL}b` }))).toEqual(['name']);
		expect(
			nulFields(profileSchema.safeParse({ displayName: `A${NUL}`, email: `a${NUL}@b.vn`, phone: '' }))
		).toEqual(['displayName', 'email']);
		expect(
			nulFields(
				newUserSchema.safeParse({
					displayName: 'A',
					email: '',
					phone: '',
					username: 'abc',
					role: 'school',
					unit: `X${NUL}`
				})
			)
		).toEqual(['unit']);
		expect(nulFields(transitionSchema.safeParse({ action: 'return', comment: `sai${NUL}` }))).toEqual([
			'comment'
		]);
		expect(
			nulFields(
				exceptionSchema.safeParse({ year: '2024-2025', period: 'HK1', school: 'S1', reason: `lý do ${NUL}` })
			)
		).toEqual(['reason']);
		expect(
			nulFields(findingSchema.safeParse({ school: 'S1', visitDate: '2025-01-02', text: `ghi chép ${NUL}` }))
		).toEqual(['text']);
		expect(
			nulFields(
				createPlanSchema.safeParse({ unit: 'PGD', year: '2024-2025', titleVi: `K${NUL}`, titleEn: '' })
			)
		).toEqual(['titleVi']);
	});
});

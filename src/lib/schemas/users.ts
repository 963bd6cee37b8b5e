import { z } from 'zod';
import { noNul, NUL_MESSAGE } from './form';

export const ROLE_VALUES = ['admin', 'province', 'district', 'inspector', 'school'] as const;
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;

const optional = (max: number, pattern: RegExp, message: string) =>
	z
		.string()
		.trim()
		.max(max, message)
		.refine(noNul, NUL_MESSAGE)
		.refine((v) => v === '' || pattern.test(v), message)
		.transform((v) => v || null);

const role = z.enum(ROLE_VALUES, 'admin.users.error.role');
const unit = z
	.string()
	.trim()
	.max(60)
	.refine(noNul, NUL_MESSAGE)
	.transform((v) => v.toUpperCase() || null);

export const profileSchema = z.object({
	displayName: z
		.string()
		.trim()
		.min(1, 'admin.users.error.displayName')
		.max(100, 'admin.users.error.displayName')
		.refine(noNul, NUL_MESSAGE),
	email: optional(200, /^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'admin.users.error.email'),
	phone: optional(30, /^[0-9 +().-]{6,30}$/, 'admin.users.error.phone')
});

export const newUserSchema = profileSchema.extend({
	username: z.string().trim().toLowerCase().regex(USERNAME_PATTERN, 'admin.users.error.username'),
	role,
	unit
});
export type NewUserInput = z.infer<typeof newUserSchema>;

export const assignmentSchema = z.object({ role, unit });

import { z } from 'zod';
import { noNul, NUL_MESSAGE } from './form';

export const loginSchema = z.object({
	username: z
		.string()
		.trim()
		.min(1, 'auth.login.usernameRequired')
		.max(100, 'auth.login.invalid')
		.refine(noNul, NUL_MESSAGE),
	password: z
		.string()
		.min(1, 'auth.login.passwordRequired')
		.max(500, 'auth.login.invalid')
		.refine(noNul, NUL_MESSAGE)
});
export type LoginInput = z.infer<typeof loginSchema>;

import { z } from 'zod';
import { noNul, NUL_MESSAGE } from './form';

export const loginSchema = z.object({
	username: z.string().trim().min(1, 'auth.login.username').max(100).refine(noNul, NUL_MESSAGE),
	password: z.string().min(1, 'auth.login.password').max(500).refine(noNul, NUL_MESSAGE)
});
export type LoginInput = z.infer<typeof loginSchema>;

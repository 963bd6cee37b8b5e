import { z } from 'zod';

export const loginSchema = z.object({
	username: z.string().trim().min(1, 'auth.login.username').max(100),
	password: z.string().min(1, 'auth.login.password').max(500)
});
export type LoginInput = z.infer<typeof loginSchema>;

import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '$lib/password-policy';

export const changePasswordSchema = z
	.object({
		current: z.string().min(1, 'account.password.currentRequired'),
		next: z.string().min(MIN_PASSWORD_LENGTH, 'account.password.tooShort').max(500),
		confirm: z.string()
	})
	.refine((v) => v.next === v.confirm, { path: ['confirm'], message: 'account.password.mismatch' });

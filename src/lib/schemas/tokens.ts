import { z } from 'zod';

export const tokenNameSchema = z.object({
	name: z.string().trim().min(1, 'account.tokens.nameRequired').max(80, 'account.tokens.nameTooLong')
});

export const tokenIdSchema = z.object({ id: z.string().trim().min(1).max(100) });

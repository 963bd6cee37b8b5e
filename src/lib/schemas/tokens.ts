import { z } from 'zod';
import { noNul, NUL_MESSAGE } from './form';

export const tokenNameSchema = z.object({
	name: z
		.string()
		.trim()
		.min(1, 'account.tokens.nameRequired')
		.max(80, 'account.tokens.nameTooLong')
		.refine(noNul, NUL_MESSAGE),
	/** Days until it expires ('30', '90', '365'), or 'never'; absent (older forms, scripts): never. */
	lifetime: z
		.enum(['30', '90', '365', 'never', ''])
		.optional()
		.transform((v) => (v && v !== 'never' ? (Number(v) as 30 | 90 | 365) : null))
});

export const tokenIdSchema = z.object({ id: z.string().trim().min(1).max(100).refine(noNul, NUL_MESSAGE) });

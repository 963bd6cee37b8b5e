import { z } from 'zod';

/** From which school year an edited formula takes effect ('' : every year), and the confirmation. */
export const formulaChangeSchema = z.object({
	fromYear: z
		.string()
		.trim()
		.regex(/^(\d{4}-\d{4})?$/, 'formulaHistory.refused.unknownYear')
		.transform((v) => (v === '' ? null : v)),
	confirm: z.boolean()
});
export type FormulaChangeInput = z.output<typeof formulaChangeSchema>;

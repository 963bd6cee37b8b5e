import { z } from 'zod';

const flag = (absent: boolean) =>
	z
		.enum(['true', 'false', '1', '0', 'on', ''])
		.optional()
		.transform((v) => (v === undefined || v === '' ? absent : v === 'true' || v === '1' || v === 'on'));

/** POST /api/imports?dryRun=true|false[&confirmWarnings=true]; dryRun defaults to true (nothing stored unasked). */
export const importQuery = z.object({
	dryRun: flag(true),
	confirmWarnings: flag(false)
});

const unitCode = z.string().trim().min(1).max(64);
/** '2024-2025/CUOI_NAM', '2024-2025/HK1', '2024-10' … */
export const periodRef = z
	.string()
	.trim()
	.regex(/^(\d{4}-\d{4}\/[A-Z0-9_-]+|\d{4}-\d{2})$/i);

export const figuresQuery = z.object({ school: unitCode, period: periodRef });

export const templateQuery = z.object({
	unit: unitCode,
	period: periodRef,
	format: z.enum(['xlsx', 'csv', 'long']).default('xlsx')
});

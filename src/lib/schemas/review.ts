// Forms of the review: a comment on a figure, an explanation, the explanations required.
import { z } from 'zod';
import { noNul, NUL_MESSAGE } from './form';

/** dd/mm/yyyy (Vietnamese order, whatever the browser's language) or ISO → ISO; else null. */
export function parseDayVn(text: string): string | null {
	const s = text.trim();
	const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s) ?? null;
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
	const [y, mo, d] = m
		? [Number(m[3]), Number(m[2]), Number(m[1])]
		: iso
			? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
			: [0, 0, 0];
	if (!y) return null;
	const date = new Date(Date.UTC(y, mo - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
	return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export const figureCommentSchema = z.object({
	code: z
		.string()
		.trim()
		.regex(/^[A-Z0-9_]{1,64}$/),
	body: z
		.string()
		.trim()
		.min(1, 'review.thread.error.empty')
		.max(2000, 'review.thread.error.too_long')
		.refine(noNul, NUL_MESSAGE)
});

export const explanationSchema = z.object({
	year: z.string().regex(/^\d{4}-\d{4}$/),
	period: z.string().regex(/^[A-Z0-9_-]{1,32}$/),
	indicator: z.string().regex(/^[A-Z0-9_]{1,64}$/),
	cause: z.string().trim().min(3, 'explanations.error.cause').max(2000).refine(noNul, NUL_MESSAGE),
	measures: z.string().trim().min(3, 'explanations.error.measures').max(2000).refine(noNul, NUL_MESSAGE),
	expectedDate: z
		.string()
		.trim()
		.refine((s) => s === '' || parseDayVn(s) !== null, 'explanations.error.date')
		.transform((s) => (s === '' ? null : parseDayVn(s)))
});

export const requireExplanationsSchema = z.object({
	indicators: z.array(z.string().regex(/^[A-Z0-9_]{1,64}$/)).max(200)
});

import { z } from 'zod';

/** PostgreSQL refuses \u0000 in text: free-text fields refuse it as a field error (a 400), not a 500. */
export const noNul = (value: string | undefined): boolean => !value?.includes('\u0000');
export const NUL_MESSAGE = 'form.error.nul';

/** The named fields of a form as strings ('' when missing or a file), ready for a zod schema. */
export function fieldsOf<const N extends string>(form: FormData, names: readonly N[]): Record<N, string> {
	const out = {} as Record<N, string>;
	for (const name of names) {
		const value = form.get(name);
		out[name] = typeof value === 'string' ? value : '';
	}
	return out;
}

/** A real calendar day written YYYY-MM-DD (2025-02-30 is refused), with `message` when it is not. */
export const isoDateSchema = (message: string) =>
	z
		.string()
		.trim()
		.refine((v) => {
			if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
			const d = new Date(`${v}T00:00:00Z`);
			return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
		}, message);

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

/** The named fields of a form as strings ('' when missing or a file), ready for a zod schema. */
export function fieldsOf<const N extends string>(form: FormData, names: readonly N[]): Record<N, string> {
	const out = {} as Record<N, string>;
	for (const name of names) {
		const value = form.get(name);
		out[name] = typeof value === 'string' ? value : '';
	}
	return out;
}

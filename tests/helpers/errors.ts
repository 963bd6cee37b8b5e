import { expect } from 'vitest';

/** The database's own message, whichever driver wrapped it. */
export function dbErrorText(error: unknown): string {
	const parts: string[] = [];
	let current: unknown = error;
	while (current && parts.length < 5) {
		const e = current as { message?: string; constraint_name?: string; constraint?: string; cause?: unknown };
		parts.push([e.message, e.constraint_name, e.constraint].filter(Boolean).join(' '));
		current = e.cause;
	}
	return parts.join(' | ');
}

export async function expectDbError(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
	let caught: unknown = null;
	try {
		await promise;
	} catch (error) {
		caught = error;
	}
	expect(caught, 'expected the database to refuse').not.toBeNull();
	expect(dbErrorText(caught)).toMatch(pattern);
}

import { eq } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';

/** The addresses notifications go to (managed on the users page). */
export async function loadContact(
	db: Db,
	userId: string
): Promise<{ email: string | null; phone: string | null }> {
	const [row] = await db
		.select({ email: table.users.email, phone: table.users.phone })
		.from(table.users)
		.where(eq(table.users.id, userId));
	return row ?? { email: null, phone: null };
}

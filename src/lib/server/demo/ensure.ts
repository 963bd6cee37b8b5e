import { sql } from 'drizzle-orm';
import { queryRow, type DbHandle } from '../db';
import * as col from '../db/rows';
import { env, type Settings } from '../db/env';
import { seedDemo } from './seed-demo';

/**
 * Loads the demo into an empty database (no unit and no account: an administrator made with
 * `npm run admin:create` means someone is setting up a real province): by default only on the embedded one.
 */
export async function ensureDemoData(
	handle: DbHandle,
	settings: Pick<Settings, 'seedDemo'> = env()
): Promise<boolean> {
	if (settings.seedDemo === 'never') return false;
	if (settings.seedDemo === 'auto' && handle.kind !== 'pglite') return false;
	const n = await queryRow(
		handle.db,
		sql`select ((select count(*) from units) + (select count(*) from users))::int as n`,
		(r) => col.int(r.n)
	);
	if (n !== null && n > 0) return false;
	const started = Date.now();
	const result = await seedDemo(handle.db);
	console.log(
		`Demo loaded: ${result.units} units, ${result.figures} figures in ${((Date.now() - started) / 1000).toFixed(1)} s`
	);
	return true;
}

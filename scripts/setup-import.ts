// npm run setup:import -- <file.xlsx> --as <administrator> [--check]
// A setup workbook into the configured EMPTY database, all or nothing, audited as the administrator
// named (create one first with npm run admin:create). --check previews and stores nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getHandle } from '../src/lib/server/db/index';
import { loadAuthUser } from '../src/lib/server/auth/user';
import { can } from '../src/lib/server/auth/access';
import { findUserId } from '../src/lib/server/setup/state';
import { importSetupWorkbook } from '../src/lib/server/setup/import-workbook';
import { describeCounts } from '../src/lib/server/setup/workbook-page';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { as: { type: 'string' }, check: { type: 'boolean', default: false } }
});
if (positionals.length !== 1 || !values.as) {
	console.error('Usage: npm run setup:import -- <file.xlsx> --as <administrator> [--check]');
	process.exit(2);
}
const file = positionals[0];
const handle = await getHandle();
try {
	const id = await findUserId(handle.db, values.as);
	const user = id ? await loadAuthUser(handle.db, id) : null;
	if (!user || !can(user, 'administer', null)) {
		console.error(`Refused: "${values.as}" is not an administrator of this database.`);
		process.exitCode = 1;
	} else {
		const outcome = await importSetupWorkbook(
			handle.db,
			user.id,
			{ bytes: new Uint8Array(readFileSync(file)), fileName: path.basename(file) },
			{ dryRun: values.check }
		);
		if (outcome.status === 'rejected') {
			console.error(`Refused, nothing stored (${outcome.errors.length} problems):`);
			for (const e of outcome.errors.slice(0, 200)) {
				console.error(
					`  ${e.sheet || '-'} row ${e.row} ${e.column}: ${e.message.en} ${e.value ? `(${e.value})` : ''}`
				);
			}
			process.exitCode = 1;
		} else {
			const what = describeCounts(outcome.counts, 'en');
			console.log(
				outcome.status === 'preview' ? `Valid; would create ${what}.` : `Stored ${what} on ${handle.kind}.`
			);
		}
	}
} finally {
	await handle.close();
}

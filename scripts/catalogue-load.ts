// npm run catalogue:load -- [--standard]
// Adds the standard catalogue (data elements, indicators, validation rules) to the configured
// database: what is missing is inserted, nothing existing is overwritten; safe to run again.
import { parseArgs } from 'node:util';
import { getHandle } from '../src/lib/server/db/index';
import { loadStandardCatalogue } from '../src/lib/server/catalogue/load-standard';

const { values } = parseArgs({ options: { standard: { type: 'boolean', default: true } } });
if (!values.standard) {
	console.error('Usage: npm run catalogue:load -- [--standard]');
	process.exit(2);
}
const handle = await getHandle();
try {
	const added = await loadStandardCatalogue(handle.db, null);
	console.log(
		`Standard catalogue on ${handle.kind}: added ${added.elements} data elements, ` +
			`${added.indicators} indicators, ${added.rules} validation rules (existing ones kept).`
	);
} finally {
	await handle.close();
}

// npm run setup:export -- --unit <code> [--out <file.xlsx>]
// The unit's whole setup as one workbook (see README "Setting up a province"), from the configured
// database (DATABASE_URL, or the embedded one under DATA_DIR).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getHandle } from '../src/lib/server/db/index';
import { exportSetupWorkbook } from '../src/lib/server/setup/export-workbook';

const { values } = parseArgs({ options: { unit: { type: 'string' }, out: { type: 'string' } } });
if (!values.unit) {
	console.error('Usage: npm run setup:export -- --unit <code> [--out so-thiet-lap.xlsx]');
	process.exit(2);
}
const unit = values.unit.toUpperCase();
const handle = await getHandle();
try {
	const bytes = await exportSetupWorkbook(handle.db, unit);
	if (!bytes) {
		console.error(`No unit "${unit}" on ${handle.kind}.`);
		process.exitCode = 1;
	} else {
		const out = values.out ?? `so-thiet-lap-${unit.toLowerCase()}.xlsx`;
		writeFileSync(out, bytes);
		console.log(`Wrote the setup of ${unit} to ${out} (${bytes.length} bytes).`);
	}
} finally {
	await handle.close();
}

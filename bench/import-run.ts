// One measured import in a fresh process (so peak RSS is the import's own): prints one JSON line.
// usage: tsx bench/import-run.ts --kind postgres|pglite --target <url|dir> --file <csv> --mode dry|commit
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase, type DbHandle } from '../src/lib/server/db/client';
import { loadAuthUser } from '../src/lib/server/auth/user';
import { importFile } from '../src/lib/server/imports/service';
import { BENCH_USER } from './import-data';

const { values } = parseArgs({
	options: {
		kind: { type: 'string' },
		target: { type: 'string' },
		file: { type: 'string' },
		mode: { type: 'string', default: 'dry' }
	}
});

async function open(): Promise<DbHandle> {
	return values.kind === 'postgres'
		? openDatabase({ kind: 'postgres', url: values.target!, max: 4 })
		: openDatabase({ kind: 'pglite', dataDir: values.target! });
}

/** The physical reference: the same file's rows COPYed as text into a table without constraints. */
async function timeCopy(handle: DbHandle, bytes: Uint8Array): Promise<number> {
	await handle.db.execute(sql`drop table if exists bench_copy_scratch`);
	await handle.db.execute(
		sql`create table bench_copy_scratch (ma_truong text, ky_bao_cao text, ma_chi_so text, gia_tri text)`
	);
	let best = Infinity;
	for (let i = 0; i < 3; i++) {
		await handle.db.execute(sql`truncate bench_copy_scratch`);
		const t = performance.now();
		if (handle.kind === 'pglite') {
			await handle.pglite!.query(
				`copy bench_copy_scratch from '/dev/blob' with (format csv, header true)`,
				[],
				{
					blob: new Blob([bytes])
				}
			);
		} else {
			const stream =
				await handle.sql!`copy bench_copy_scratch from stdin with (format csv, header true)`.writable();
			await new Promise<void>((resolve, reject) => {
				stream.on('error', reject);
				stream.on('finish', resolve);
				stream.end(bytes);
			});
		}
		best = Math.min(best, performance.now() - t);
	}
	await handle.db.execute(sql`drop table bench_copy_scratch`);
	return best;
}

const handle = await open();
const user = (await loadAuthUser(handle.db, BENCH_USER))!;
// What the process holds before the import: Node, the driver, and for PGlite the database engine itself.
const baseRssMb = process.memoryUsage().rss / 1024 / 1024;
const bytes = new Uint8Array(readFileSync(values.file!));
const copyMs = values.mode === 'commit' ? await timeCopy(handle, bytes) : null;
const t = performance.now();
const outcome = await importFile(
	handle,
	user,
	{ bytes, fileName: 'bench-long.csv', mediaType: 'text/csv' },
	{ dryRun: values.mode !== 'commit', confirmWarnings: true, previewLimit: 0 }
);
const endToEnd = performance.now() - t;
await handle.close();
console.log(
	JSON.stringify({
		kind: values.kind,
		mode: values.mode,
		status: outcome.status,
		records: outcome.records.length,
		figures: outcome.figures,
		errors: outcome.errors.length,
		warnings: outcome.warnings.length,
		firstError: outcome.errors[0]?.message.en ?? null,
		timings: outcome.timings,
		endToEnd,
		copyMs,
		maxRssMb: process.resourceUsage().maxRSS / 1024,
		baseRssMb
	})
);

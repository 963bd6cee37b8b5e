// Dev aid: CPU per stage of one school's preview and store, in-process (no HTTP), on a copy of
// bench:rush's database (schools from `from` must not have stored yet).
// DATABASE_URL=… npx tsx bench/rush-import-cpu.ts [n] [from]
import { readFileSync, readdirSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/lib/server/db/client';
import { loadAuthUser } from '../src/lib/server/auth/user';
import { importFile } from '../src/lib/server/imports/service';
import { buildFiles, type Cast } from './rush-data';
import { selectRows } from '../tests/helpers/select-rows';

const n = Number(process.argv[2] ?? 40);
const from = Number(process.argv[3] ?? 0);
const castFile = process.env.RUSH_CAST ?? readdirSync('bench/out').find((f) => f.startsWith('rush-cast-'))!;
const cast = JSON.parse(readFileSync(`bench/out/${castFile}`, 'utf8')) as Cast;
const schools = cast.schools.slice(from, from + n);
const files = buildFiles(
	cast.year,
	schools.map((s) => s.code)
);
const h = await openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL!, max: 4 });
const users = [];
for (const s of schools) {
	const [row] = await selectRows<{ id: string }>(
		h.db,
		sql`select id from users where username = ${s.username}`
	);
	users.push((await loadAuthUser(h.db, row.id))!);
}
const cpu = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
};
const bytes = files.map((f) => new TextEncoder().encode(f.csv));
const run = (i: number, dryRun: boolean) =>
	importFile(
		h,
		users[i],
		{ bytes: bytes[i], fileName: 'x.csv', mediaType: 'text/csv' },
		{ dryRun, confirmWarnings: true, previewLimit: 0 }
	).then((o) => {
		if (o.status !== (dryRun ? 'preview' : 'stored')) throw new Error(o.status);
	});
for (let i = 0; i < 5; i++) await run(i, true); // warm
for (const dryRun of [true, false]) {
	const c = cpu();
	for (let i = 0; i < n; i++) await run(i, dryRun);
	console.log(`importFile ${dryRun ? 'preview' : 'store  '} ${((cpu() - c) / n).toFixed(2)} ms CPU each`);
}
await h.close();

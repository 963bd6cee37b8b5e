// drizzle/triggers-current.sql shows what the migrations add up to: every function and trigger as the
// database holds it now. This test fails when a migration changes one and the file was not regenerated:
//   UPDATE_TRIGGERS_DOC=1 npx vitest run tests/integration/triggers-doc.spec.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { type DbHandle } from '../../src/lib/server/db/client';
import { createTestDb } from '../helpers/db';
import { selectRows } from '../helpers/select-rows';

const DOC = 'drizzle/triggers-current.sql';
const HEAD = `-- The current definition of every function and trigger the migrations made (generated; read it, do
-- not run it: the migrations define the database). Regenerate after a migration changes one:
--   UPDATE_TRIGGERS_DOC=1 npx vitest run tests/integration/triggers-doc.spec.ts
`;

let h: DbHandle;
beforeAll(async () => {
	h = await createTestDb();
});
afterAll(async () => h?.close());

async function describeDatabase(): Promise<string> {
	const functions = await selectRows<{ def: string }>(
		h.db,
		sql`select pg_get_functiondef(p.oid) as def from pg_proc p join pg_namespace n on n.oid = p.pronamespace
		    where n.nspname = 'public' and p.proname like 'chitieu\_%' order by p.proname`
	);
	const triggers = await selectRows<{ def: string }>(
		h.db,
		sql`select pg_get_triggerdef(t.oid) as def from pg_trigger t join pg_class c on c.oid = t.tgrelid
		    join pg_namespace n on n.oid = c.relnamespace
		    where n.nspname = 'public' and not t.tgisinternal order by c.relname, t.tgname`
	);
	const tidy = (s: string) =>
		s
			.split('\n')
			.map((l) => l.trimEnd())
			.join('\n')
			.trim();
	return [
		HEAD,
		'-- Functions',
		...functions.map((f) => `${tidy(f.def)};\n`),
		'-- Triggers',
		triggers.map((t) => `${tidy(t.def)};`).join('\n'),
		''
	].join('\n');
}

describe(DOC, () => {
	it('shows every function and trigger as the migrated database has them', async () => {
		const actual = await describeDatabase();
		if (process.env.UPDATE_TRIGGERS_DOC) writeFileSync(DOC, actual);
		expect(readFileSync(DOC, 'utf8')).toBe(actual);
	});
});

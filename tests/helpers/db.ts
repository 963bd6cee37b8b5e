import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { openDatabase, type DbHandle } from '../../src/lib/server/db/client';

/**
 * A fresh database for one test file: PGlite loaded from a migrated template,
 * or, when TEST_DATABASE_URL is set, a new PostgreSQL database copied from the template.
 */
export async function createTestDb(options: { demo?: boolean } = {}): Promise<DbHandle> {
	const templates = inject('templates');
	const template = options.demo ? templates.demo : templates.empty;
	if (templates.kind === 'pglite') {
		const blob = new Blob([readFileSync(template)]);
		const instance = new PGlite({ loadDataDir: blob });
		return openDatabase({ kind: 'pglite', instance });
	}
	const name = `chitieu_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = postgres(templates.url, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name} template ${template}`);
	await admin.end();
	const url = new URL(templates.url);
	url.pathname = `/${name}`;
	const handle = await openDatabase({ kind: 'postgres', url: url.toString(), max: 5 });
	return {
		...handle,
		close: async () => {
			await handle.close();
			const cleanup = postgres(templates.url, { max: 1, onnotice: () => {} });
			await cleanup.unsafe(`drop database if exists ${name} with (force)`);
			await cleanup.end();
		}
	};
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { migrateDatabase, openDatabase } from '../../src/lib/server/db/client';
import { seedDemo } from '../../src/lib/server/demo/seed-demo';

export type Templates =
	| { kind: 'pglite'; empty: string; demo: string }
	| { kind: 'postgres'; url: string; empty: string; demo: string };

declare module 'vitest' {
	export interface ProvidedContext {
		templates: Templates;
	}
}

async function pgliteTemplate(dir: string, name: string, demo: boolean): Promise<string> {
	const instance = new PGlite();
	const handle = await openDatabase({ kind: 'pglite', instance });
	await migrateDatabase(handle);
	if (demo) await seedDemo(handle.db);
	const dump = await instance.dumpDataDir('none');
	const file = path.join(dir, `${name}.tar`);
	writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
	await instance.close();
	return file;
}

async function postgresTemplate(url: string, name: string, demo: boolean): Promise<string> {
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	await admin.unsafe(`drop database if exists ${name}`);
	await admin.unsafe(`create database ${name}`);
	await admin.end();
	const target = new URL(url);
	target.pathname = `/${name}`;
	const handle = await openDatabase({ kind: 'postgres', url: target.toString(), max: 2 });
	await migrateDatabase(handle);
	if (demo) await seedDemo(handle.db);
	await handle.close();
	return name;
}

export default async function setup(project: TestProject) {
	const url = process.env.TEST_DATABASE_URL;
	if (url) {
		const [empty, demo] = [
			await postgresTemplate(url, 'chitieu_tpl_empty', false),
			await postgresTemplate(url, 'chitieu_tpl_demo', true)
		];
		project.provide('templates', { kind: 'postgres', url, empty, demo });
		return async () => {
			const admin = postgres(url, { max: 1, onnotice: () => {} });
			const rows = await admin`select datname from pg_database where datname like 'chitieu_t_%'`;
			for (const r of rows) await admin.unsafe(`drop database if exists ${r.datname} with (force)`);
			await admin.end();
		};
	}
	const dir = mkdtempSync(path.join(os.tmpdir(), 'chitieu-tpl-'));
	const [empty, demo] = await Promise.all([
		pgliteTemplate(dir, 'empty', false),
		pgliteTemplate(dir, 'demo', true)
	]);
	project.provide('templates', { kind: 'pglite', empty, demo });
	return () => rmSync(dir, { recursive: true, force: true });
}

// An e2e test's own built app on its own EMPTY database (no demo): a new database on the PostgreSQL of
// E2E_DATABASE_URL when it is set, else an empty PGlite directory. The commands (admin:create,
// setup:export…) run against the same database, before the server starts or after it stops (PGlite
// allows one process at a time).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { freePort, sleep } from './app-process';

export type EmptyDatabase = {
	kind: 'postgres' | 'pglite';
	/** DATABASE_URL and DATA_DIR for the server and the commands. */
	env: Record<string, string>;
	drop(): Promise<void>;
};

export async function emptyDatabase(label: string): Promise<EmptyDatabase> {
	const shared = process.env.E2E_DATABASE_URL;
	if (shared) {
		const name = `e2e_${label}_${process.pid}_${Date.now() % 100000}`.toLowerCase();
		const admin = postgres(shared, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database ${name}`);
		await admin.end();
		const url = new URL(shared);
		url.pathname = `/${name}`;
		return {
			kind: 'postgres',
			env: { DATABASE_URL: url.toString(), DATA_DIR: '' },
			async drop() {
				const again = postgres(shared, { max: 1, onnotice: () => {} });
				await again.unsafe(`drop database if exists ${name} with (force)`);
				await again.end();
			}
		};
	}
	const dir = mkdtempSync(path.join(os.tmpdir(), `chitieu-${label}-`));
	return {
		kind: 'pglite',
		env: { DATABASE_URL: '', DATA_DIR: path.join(dir, 'pglite') },
		async drop() {
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** `npm run <script> -- <args>` on the database, `input` on standard input. */
export function runScript(db: EmptyDatabase, script: string, args: string[], input?: string) {
	const r = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
		cwd: process.cwd(),
		input: input ?? '',
		encoding: 'utf8',
		timeout: 180_000,
		env: { ...process.env, ...db.env, DEMO_SEED: 'never' }
	});
	return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** `node build` with DEMO_SEED=never on the database; resolves once /api/health answers. */
export class OwnServer {
	child!: ChildProcess;
	base = '';
	log: string[] = [];

	constructor(private db: EmptyDatabase) {}

	async start() {
		const port = await freePort();
		this.base = `http://127.0.0.1:${port}`;
		this.child = spawn(process.execPath, ['build'], {
			cwd: process.cwd(),
			stdio: ['ignore', 'pipe', 'pipe'],
			env: {
				...process.env,
				...this.db.env,
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: this.base,
				DEMO_SEED: 'never',
				BODY_SIZE_LIMIT: '25M'
			}
		});
		const keep = (b: Buffer) => {
			this.log.push(b.toString());
			if (this.log.length > 200) this.log.shift();
		};
		this.child.stdout!.on('data', keep);
		this.child.stderr!.on('data', keep);
		const until = Date.now() + 180_000;
		while (Date.now() < until) {
			if (this.child.exitCode !== null) throw new Error(`server exited: ${this.log.join('')}`);
			const ok = await fetch(`${this.base}/api/health`).then(
				(r) => r.ok,
				() => false
			);
			if (ok) return;
			await sleep(250);
		}
		throw new Error('server did not answer /api/health within 180 s');
	}

	async stop() {
		if (!this.child || this.child.exitCode !== null) return;
		const exited = new Promise((r) => this.child.once('exit', r));
		this.child.kill('SIGTERM');
		await Promise.race([exited, sleep(10_000)]);
		if (this.child.exitCode === null) this.child.kill('SIGKILL');
	}
}

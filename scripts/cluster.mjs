// `npm run start:cluster -- --workers N`: N app processes on one port (node's cluster module over the
// adapter-node build), all on one PostgreSQL. The primary runs the migrations once, starts one worker
// (which loads the demo when DEMO_SEED asks for it), then the others; a worker that dies is replaced.
import cluster from 'node:cluster';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
// Same key as MIGRATION_LOCK in src/lib/server/db/client.ts: a plain `node build` starting meanwhile waits.
const MIGRATION_LOCK = 727100;

function say(vi, en) {
	console.log(`${vi} / ${en}`);
}

async function migrate(url) {
	const { default: postgres } = await import('postgres');
	const { drizzle } = await import('drizzle-orm/postgres-js');
	const { migrate: run } = await import('drizzle-orm/postgres-js/migrator');
	const sql = postgres(url, { max: 2, onnotice: () => {} });
	try {
		const reserved = await sql.reserve();
		try {
			await reserved`select pg_advisory_lock(${MIGRATION_LOCK})`;
			try {
				await run(drizzle(sql), { migrationsFolder: path.resolve(process.env.MIGRATIONS_DIR ?? 'drizzle') });
			} finally {
				await reserved`select pg_advisory_unlock(${MIGRATION_LOCK})`;
			}
		} finally {
			reserved.release();
		}
	} finally {
		await sql.end({ timeout: 5 });
	}
}

function startPrimary() {
	const { values } = parseArgs({
		options: { workers: { type: 'string', short: 'w' } },
		allowPositionals: false
	});
	const workers = Number(values.workers ?? os.availableParallelism());
	if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
		say('--workers phải là số từ 1 đến 64', '--workers must be a number from 1 to 64');
		process.exit(2);
	}
	if (!process.env.DATABASE_URL?.trim()) {
		say(
			'Chạy nhiều tiến trình cần PostgreSQL: hãy đặt DATABASE_URL (CSDL nhúng chỉ dành cho một tiến trình; dùng npm start)',
			'Several processes need PostgreSQL: set DATABASE_URL (the embedded database is for one process; use npm start)'
		);
		process.exit(2);
	}
	return workers;
}

if (cluster.isPrimary) {
	process.chdir(root);
	const workers = startPrimary();
	if (!existsSync(path.join(root, 'build', 'handler.js'))) {
		say('Đang build ứng dụng…', 'Building the app…');
		const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
		if (built.status !== 0) process.exit(built.status ?? 1);
	}
	if (process.env.MIGRATE_ON_START !== 'false') {
		await migrate(process.env.DATABASE_URL);
		say('Đã chạy migration', 'Migrations applied');
	}
	// Behind a proxy (ORIGIN or PROTOCOL_HEADER set): adapter-node's own server. Otherwise the `npm start`
	// wrapper, which states plain http so that form posts pass the origin check on a local port.
	const behindProxy = Boolean(process.env.ORIGIN || process.env.PROTOCOL_HEADER);
	cluster.setupPrimary({ exec: path.join(root, behindProxy ? 'build/index.js' : 'scripts/serve.mjs') });
	const env = {
		MIGRATE_ON_START: 'false',
		BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '25M'
	};
	let stopping = false;
	const fork = () => cluster.fork(env);
	await new Promise((resolve, reject) => {
		const first = fork();
		first.once('listening', resolve);
		first.once('exit', (code) => reject(new Error(`the first worker exited (${code})`)));
	});
	for (let i = 1; i < workers; i++) fork();
	let ready = 1;
	cluster.on('listening', () => {
		if (++ready === workers) {
			const port = process.env.PORT ?? '3000';
			say(
				`${workers} tiến trình đang chạy trên cổng ${port}`,
				`${workers} processes running on port ${port}`
			);
		}
	});
	cluster.on('exit', (worker, code, signal) => {
		if (stopping) return;
		say(
			`Tiến trình ${worker.process.pid} đã dừng (${signal ?? code}), khởi động lại`,
			`Worker ${worker.process.pid} exited (${signal ?? code}), starting another`
		);
		setTimeout(fork, 1000);
	});
	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.on(signal, () => {
			stopping = true;
			for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
			const done = () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0);
			cluster.on('exit', done);
			done();
		});
	}
}

// `npm start`: build when the sources are newer than the build, then serve on the embedded database.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);

function newest(target) {
	if (!existsSync(target)) return 0;
	const s = statSync(target);
	if (!s.isDirectory()) return s.mtimeMs;
	let max = s.mtimeMs;
	for (const entry of readdirSync(target)) max = Math.max(max, newest(path.join(target, entry)));
	return max;
}

const built = path.join(root, 'build', 'handler.js');
const sources = Math.max(
	...['src', 'static', 'drizzle', 'package.json', 'svelte.config.js', 'vite.config.ts'].map((p) => newest(p))
);
if (!existsSync(built) || statSync(built).mtimeMs < sources || process.env.FORCE_BUILD === '1') {
	console.log('Đang build ứng dụng… / Building the app…');
	const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
		stdio: 'inherit',
		env: process.env
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '0.0.0.0';
const env = { ...process.env, PORT: port, HOST: host, BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '25M' };
const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
const started = Date.now();
const child = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs')], {
	stdio: ['inherit', 'pipe', 'inherit'],
	env
});
let announced = false;
child.stdout.on('data', (chunk) => {
	process.stdout.write(chunk);
	if (!announced && /Listening on/.test(String(chunk))) {
		announced = true;
		const db = process.env.DATABASE_URL ? 'PostgreSQL' : `PGlite (${process.env.DATA_DIR ?? 'data/pglite'})`;
		console.log(
			`\nChỉ tiêu đang chạy tại / is running at: ${process.env.ORIGIN ?? `http://${shown}:${port}`}`
		);
		console.log(
			`CSDL / database: ${db} · khởi động / started in ${((Date.now() - started) / 1000).toFixed(1)} s\n`
		);
	}
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

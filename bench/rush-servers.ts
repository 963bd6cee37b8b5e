// The built app as 1 or N processes on one port, for bench:rush. `npm run start:cluster` when the
// project has it; otherwise N `node scripts/serve.mjs` on their own ports behind a round-robin proxy
// in this process. Switching is `startApp` alone.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';

export type App = { base: string; pids: number[]; how: string; stop(): Promise<void> };
export type AppOptions = { processes: number; port: number; databaseUrl: string; dir?: string };

const hasClusterScript = (dir: string) =>
	!!JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')).scripts?.['start:cluster'];

function appEnv(port: number, origin: string, databaseUrl: string): NodeJS.ProcessEnv {
	return {
		...process.env,
		DATABASE_URL: databaseUrl,
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: origin,
		DEMO_SEED: 'never',
		BODY_SIZE_LIMIT: '25M'
	};
}

async function waitHealthy(base: string, children: ChildProcess[]): Promise<void> {
	for (let i = 0; i < 240; i++) {
		if (children.some((c) => c.exitCode !== null)) throw new Error('an app process exited at start');
		try {
			if ((await fetch(`${base}/api/health`)).ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`the app at ${base} did not start`);
}

function stopAll(children: ChildProcess[]): Promise<void> {
	return Promise.all(
		children.map(
			(c) =>
				new Promise<void>((resolve) => {
					if (c.exitCode !== null || c.signalCode !== null) return resolve();
					c.once('exit', () => resolve());
					c.kill('SIGTERM');
					setTimeout(() => c.kill('SIGKILL'), 5000).unref();
				})
		)
	).then(() => undefined);
}

function spawnServe(dir: string, env: NodeJS.ProcessEnv): ChildProcess {
	return spawn(process.execPath, ['scripts/serve.mjs'], {
		cwd: dir,
		env,
		stdio: ['ignore', 'ignore', 'inherit']
	});
}

/** A minimal round-robin HTTP proxy: headers, method and body passed through unchanged. */
function roundRobin(port: number, targets: number[]): Promise<http.Server> {
	let next = 0;
	// No reuse of upstream sockets: a kept-alive one the app closes meanwhile would fail a request (502).
	const agent = new http.Agent({ keepAlive: false });
	const server = http.createServer((req, res) => {
		const target = targets[next++ % targets.length];
		const upstream = http.request(
			{ host: '127.0.0.1', port: target, method: req.method, path: req.url, headers: req.headers, agent },
			(answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
			}
		);
		upstream.on('error', () => {
			if (!res.headersSent) res.writeHead(502);
			res.end();
		});
		req.pipe(upstream);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

export async function startApp({ processes, port, databaseUrl, dir = '.' }: AppOptions): Promise<App> {
	if (!existsSync(`${dir}/build/handler.js`))
		throw new Error('build/ is missing: run `npx vite build` first');
	const base = `http://127.0.0.1:${port}`;
	if (processes > 1 && hasClusterScript(dir)) {
		const child = spawn('npm', ['run', 'start:cluster', '--', '--workers', String(processes)], {
			cwd: dir,
			env: appEnv(port, base, databaseUrl),
			stdio: ['ignore', 'ignore', 'inherit'],
			detached: true
		});
		await waitHealthy(base, [child]);
		return {
			base,
			pids: [child.pid!],
			how: `npm run start:cluster -- --workers ${processes}`,
			stop: async () => {
				process.kill(-child.pid!, 'SIGTERM');
				await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
			}
		};
	}
	if (processes === 1) {
		const child = spawnServe(dir, appEnv(port, base, databaseUrl));
		await waitHealthy(base, [child]);
		return { base, pids: [child.pid!], how: '1 × node build', stop: () => stopAll([child]) };
	}
	const ports = Array.from({ length: processes }, (_, i) => port + 1000 + i);
	const children = ports.map((p) => spawnServe(dir, appEnv(p, base, databaseUrl)));
	try {
		for (const p of ports) await waitHealthy(`http://127.0.0.1:${p}`, children);
	} catch (e) {
		await stopAll(children);
		throw e;
	}
	const proxy = await roundRobin(port, ports);
	return {
		base,
		pids: children.map((c) => c.pid!),
		how: `${processes} × node build behind a round-robin proxy`,
		stop: async () => {
			proxy.closeAllConnections();
			await new Promise((r) => proxy.close(r));
			await stopAll(children);
		}
	};
}

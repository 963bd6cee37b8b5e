// The built app (`node build`) as a child process of a test, and a small proxy in front of several of
// them that sends each request to the backend the test names (as nginx would, to whichever it picks).
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { createServer } from 'node:net';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as { port: number };
			srv.close(() => resolve(port));
		});
	});
}

export class AppProcess {
	child!: ChildProcess;
	port = 0;
	output = '';

	constructor(private env: Record<string, string>) {}

	get base() {
		return `http://127.0.0.1:${this.port}`;
	}

	/** Starts it; `waitHealthy` false when the test expects it to refuse. */
	async start(waitHealthy = true, timeoutMs = 240_000): Promise<void> {
		this.port = await freePort();
		this.output = '';
		this.child = spawn(process.execPath, ['build'], {
			cwd: process.cwd(),
			stdio: ['ignore', 'pipe', 'pipe'],
			env: {
				...process.env,
				PORT: String(this.port),
				HOST: '127.0.0.1',
				BODY_SIZE_LIMIT: '25M',
				...this.env
			}
		});
		const keep = (b: Buffer) => {
			this.output = (this.output + b.toString()).slice(-20_000);
		};
		this.child.stdout!.on('data', keep);
		this.child.stderr!.on('data', keep);
		if (!waitHealthy) return;
		const until = Date.now() + timeoutMs;
		while (Date.now() < until) {
			if (!this.alive()) throw new Error(`server exited: ${this.output}`);
			const ok = await fetch(`${this.base}/api/health`).then(
				(r) => r.ok,
				() => false
			);
			if (ok) return;
			await sleep(250);
		}
		throw new Error(`server did not answer /api/health in time: ${this.output}`);
	}

	alive(): boolean {
		return this.child.exitCode === null && this.child.signalCode === null;
	}

	/** Resolves with the exit code once the process has ended (or null after the timeout). */
	async exited(timeoutMs: number): Promise<number | null> {
		if (!this.alive()) return this.child.exitCode ?? -1;
		return new Promise((resolve) => {
			const timer = setTimeout(() => resolve(null), timeoutMs);
			this.child.once('exit', (code) => {
				clearTimeout(timer);
				resolve(code ?? -1);
			});
		});
	}

	async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
		if (!this.child || !this.alive()) return;
		this.child.kill(signal);
		await this.exited(15_000);
	}
}

/** A proxy that sends every request to `backends[route]`, and remembers which backend served what. */
export class SwitchProxy {
	route = 0;
	served: { method: string; path: string; backend: number }[] = [];
	private server!: http.Server;
	port = 0;

	constructor(private backends: () => number[]) {}

	get base() {
		return `http://127.0.0.1:${this.port}`;
	}

	async start(): Promise<void> {
		this.port = await freePort();
		this.server = http.createServer((req, res) => {
			const backend = this.route;
			this.served.push({ method: req.method ?? '', path: req.url ?? '', backend });
			const upstream = http.request(
				{
					host: '127.0.0.1',
					port: this.backends()[backend],
					method: req.method,
					path: req.url,
					headers: req.headers
				},
				(answer) => {
					res.writeHead(answer.statusCode ?? 502, answer.headers);
					answer.pipe(res);
				}
			);
			upstream.on('error', (e) => {
				res.writeHead(502);
				res.end(String(e));
			});
			req.pipe(upstream);
		});
		await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
	}

	async stop(): Promise<void> {
		this.server.closeAllConnections();
		await new Promise((resolve) => this.server.close(resolve));
	}
}

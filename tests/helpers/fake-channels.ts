// Local stand-ins for the notification channels, on the loopback: an SMTP server (smtp-server) that
// keeps every mail it receives, and a small HTTP server that keeps every JSON request (Zalo, SMS).
import http from 'node:http';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { from: string; to: string[]; raw: string };

export async function startFakeSmtp(): Promise<{
	port: number;
	mails: ReceivedMail[];
	env: Record<string, string>;
	close(): Promise<void>;
}> {
	const mails: ReceivedMail[] = [];
	const server = new SMTPServer({
		disabledCommands: ['STARTTLS'],
		allowInsecureAuth: true,
		authOptional: true,
		logger: false,
		onAuth(auth, _session, cb) {
			if (auth.username === 'chitieu' && auth.password === 'mat-khau') cb(null, { user: auth.username });
			else cb(new Error('bad credentials'));
		},
		onData(stream, session, cb) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				mails.push({
					from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
					to: session.envelope.rcptTo.map((r) => r.address),
					raw: Buffer.concat(chunks).toString('utf8')
				});
				cb();
			});
		}
	});
	const port = await new Promise<number>((resolve) =>
		server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port))
	);
	return {
		port,
		mails,
		env: {
			SMTP_HOST: '127.0.0.1',
			SMTP_PORT: String(port),
			SMTP_SECURE: 'false',
			SMTP_USER: 'chitieu',
			SMTP_PASS: 'mat-khau',
			MAIL_FROM: 'Chi tieu <chitieu@so-gd.example.vn>'
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

export type ReceivedRequest = { path: string; headers: http.IncomingHttpHeaders; body: unknown };

/** Answers each POST with `reply(request)` (default 200 `{ error: 0 }`), keeping what it received. */
export async function startFakeHttp(
	reply: (req: ReceivedRequest) => { status: number; body: unknown } = () => ({
		status: 200,
		body: { error: 0 }
	})
): Promise<{ url: string; received: ReceivedRequest[]; close(): Promise<void> }> {
	const received: ReceivedRequest[] = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const text = Buffer.concat(chunks).toString('utf8');
			let body: unknown = text;
			try {
				body = JSON.parse(text);
			} catch {
				/* kept as text */
			}
			const request = { path: req.url ?? '/', headers: req.headers, body };
			received.push(request);
			const answer = reply(request);
			res.writeHead(answer.status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(answer.body));
		});
	});
	const port = await new Promise<number>((resolve) =>
		server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port))
	);
	return {
		url: `http://127.0.0.1:${port}/send`,
		received,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** A mail's decoded text (quoted-printable soft breaks and =XX bytes undone), for assertions. */
export function decodeMail(raw: string): string {
	const unfolded = raw.replace(/=\r?\n/g, '');
	const bytes: number[] = [];
	for (let i = 0; i < unfolded.length; i++) {
		const m = /^=([0-9A-F]{2})/.exec(unfolded.slice(i, i + 3));
		if (m) {
			bytes.push(parseInt(m[1], 16));
			i += 2;
		} else bytes.push(...Buffer.from(unfolded[i], 'utf8'));
	}
	return Buffer.from(bytes).toString('utf8');
}

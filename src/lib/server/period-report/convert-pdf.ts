// A document (the period report's .docx) → .pdf with LibreOffice (`soffice --headless --convert-to pdf`) in a temporary directory of its own
// (a private profile too: two conversions at once must not share one), killed after a timeout.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { env } from '../db/env';

export type PdfOutcome = { ok: true; pdf: Buffer } | { ok: false; reason: 'missing' | 'failed' | 'timeout' };

function run(
	args: string[],
	timeoutMs: number
): Promise<{ code: number | string | null; timedOut: boolean }> {
	return new Promise((resolve) => {
		execFile(env().sofficePath, args, { timeout: timeoutMs, killSignal: 'SIGKILL' }, (err) => {
			if (!err) return resolve({ code: 0, timedOut: false });
			const e = err as NodeJS.ErrnoException & { killed?: boolean };
			resolve({ code: e.code ?? null, timedOut: !!e.killed });
		});
	});
}

let available: Promise<boolean> | null = null;

/** Whether LibreOffice can be started here (asked once per process). */
export function hasLibreOffice(): Promise<boolean> {
	available ??= run(['--version'], 20_000).then((r) => r.code === 0);
	return available;
}

/** Converts a document LibreOffice reads (`name` gives its kind: report.docx, plan.txt) to PDF. */
export async function convertToPdf(
	document: Buffer,
	timeoutMs = 90_000,
	name = 'report.docx'
): Promise<PdfOutcome> {
	if (!(await hasLibreOffice())) return { ok: false, reason: 'missing' };
	const dir = await mkdtemp(join(tmpdir(), 'chitieu-report-'));
	try {
		const input = join(dir, name);
		await writeFile(input, document);
		const profile = pathToFileURL(join(dir, 'profile')).href;
		const result = await run(
			[
				`-env:UserInstallation=${profile}`,
				'--headless',
				'--norestore',
				'--convert-to',
				'pdf',
				'--outdir',
				dir,
				input
			],
			timeoutMs
		);
		if (result.timedOut) return { ok: false, reason: 'timeout' };
		if (result.code === 'ENOENT') return { ok: false, reason: 'missing' };
		try {
			return { ok: true, pdf: await readFile(join(dir, name.replace(/\.[^.]*$/, '') + '.pdf')) };
		} catch {
			return { ok: false, reason: 'failed' };
		}
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

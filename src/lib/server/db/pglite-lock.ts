// The embedded database is one process: two servers on one PGlite directory would both run, lose
// acknowledged writes and can corrupt it. The first takes a lock file in the directory; a second one
// refuses to start, unless the owner's pid is no longer alive (a crash): then the lock is taken over.
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { bilingual } from '../../i18n/translate';

export const LOCK_FILE = 'chitieu.lock';

type Owner = { pid: number; host: string; since: string };

export class PgliteLockedError extends Error {
	constructor(
		readonly dir: string,
		readonly owner: Owner
	) {
		const message = bilingual('pglite.locked', {
			dir,
			pid: owner.pid,
			host: owner.host,
			since: owner.since,
			file: path.join(dir, LOCK_FILE)
		});
		super(`${message.vi}\n${message.en}`);
		this.name = 'PgliteLockedError';
	}
}

/** Whether a process with this pid runs (EPERM: it runs under another user). */
export function isAlive(pid: number): boolean {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function readOwner(file: string): Owner | null {
	try {
		const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<Owner>;
		return { pid: Number(owner.pid), host: String(owner.host ?? '?'), since: String(owner.since ?? '?') };
	} catch {
		return null;
	}
}

/** Creates the lock file whole or not at all (written aside, then linked: a reader never sees it half-written). */
function tryCreate(file: string): boolean {
	const aside = `${file}.${process.pid}`;
	const owner: Owner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
	writeFileSync(aside, JSON.stringify(owner));
	try {
		linkSync(aside, file);
		return true;
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw e;
	} finally {
		rmSync(aside, { force: true });
	}
}

export type PgliteLock = { file: string; release(): void };

/** Takes the directory for this process, or throws PgliteLockedError naming the owner. */
export function lockDataDir(dir: string): PgliteLock {
	const resolved = path.resolve(dir);
	mkdirSync(resolved, { recursive: true });
	const file = path.join(resolved, LOCK_FILE);
	if (!tryCreate(file)) {
		const owner = readOwner(file);
		// Our own pid: a lock left by an earlier run under the same pid (a container restarted).
		if (owner && owner.pid !== process.pid && isAlive(owner.pid))
			throw new PgliteLockedError(resolved, owner);
		rmSync(file, { force: true });
		// Two processes taking over the same stale lock: only one creates the file again.
		if (!tryCreate(file)) {
			throw new PgliteLockedError(resolved, readOwner(file) ?? { pid: 0, host: '?', since: '?' });
		}
	}
	const release = () => {
		if (readOwner(file)?.pid !== process.pid) return;
		rmSync(file, { force: true });
	};
	process.once('exit', release);
	return {
		file,
		release() {
			process.off('exit', release);
			release();
		}
	};
}

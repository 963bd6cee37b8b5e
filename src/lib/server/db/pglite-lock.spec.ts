import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isAlive, lockDataDir, LOCK_FILE, PgliteLockedError } from './pglite-lock';

const dirs: string[] = [];
function freshDir() {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'chitieu-lock-'));
	dirs.push(dir);
	return path.join(dir, 'pglite');
}
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The pid of a process that has exited. */
function deadPid(): number {
	const done = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
	return Number(done.stdout.toString());
}

const writeOwner = (dir: string, pid: number) =>
	writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid, host: 'h', since: '2026-01-01' }));

describe('the embedded database lock', () => {
	it('writes this process as the owner and removes the file on release', () => {
		const dir = freshDir();
		const lock = lockDataDir(dir);
		expect(JSON.parse(readFileSync(lock.file, 'utf8')).pid).toBe(process.pid);
		lock.release();
		expect(existsSync(lock.file)).toBe(false);
	});

	it('refuses while another live process owns the directory, naming it and the file', async () => {
		const dir = freshDir();
		lockDataDir(dir).release();
		const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
		try {
			writeOwner(dir, other.pid!);
			expect(isAlive(other.pid!)).toBe(true);
			let thrown: unknown;
			try {
				lockDataDir(dir);
			} catch (e) {
				thrown = e;
			}
			expect(thrown).toBeInstanceOf(PgliteLockedError);
			expect(String((thrown as Error).message)).toContain(String(other.pid));
			expect(String((thrown as Error).message)).toContain('one process');
			expect(String((thrown as Error).message)).toContain(path.join(dir, LOCK_FILE));
			// The owner's lock is left alone.
			expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(other.pid);
		} finally {
			other.kill();
		}
	});

	it('takes over a lock whose owner is gone, or that cannot be read', () => {
		const dir = freshDir();
		lockDataDir(dir).release();
		const pid = deadPid();
		expect(isAlive(pid)).toBe(false);
		writeOwner(dir, pid);
		const lock = lockDataDir(dir);
		expect(JSON.parse(readFileSync(lock.file, 'utf8')).pid).toBe(process.pid);
		lock.release();
		writeFileSync(path.join(dir, LOCK_FILE), 'not json');
		lockDataDir(dir).release();
	});
});

// Where a checked file waits for "confirm": in PostgreSQL, shared by every app process; with the
// embedded database (one process), in that process's memory.
import type { DbHandle } from '../db';
import type { NewPreview, Preview, PreviewKind } from './bounds';
import * as memory from './memory';
import * as database from './store';

export async function keepPreview(handle: DbHandle, entry: NewPreview): Promise<string> {
	return handle.kind === 'postgres' ? database.savePreview(handle.db, entry) : memory.saveInMemory(entry);
}

export async function findPreview(
	handle: DbHandle,
	token: string,
	userId: string,
	kind: PreviewKind
): Promise<Preview | null> {
	if (!token) return null;
	return handle.kind === 'postgres'
		? database.takePreview(handle.db, token, userId, kind)
		: memory.takeFromMemory(token, userId, kind);
}

export async function findFailedRows(
	handle: DbHandle,
	token: string,
	userId: string
): Promise<string | null> {
	if (!token) return null;
	return handle.kind === 'postgres'
		? database.readFailedRows(handle.db, token, userId)
		: memory.readFailedRowsFromMemory(token, userId);
}

export async function replaceFailedRows(
	handle: DbHandle,
	token: string,
	failedRows: string | null
): Promise<void> {
	if (handle.kind === 'postgres') await database.setFailedRows(handle.db, token, failedRows);
	else await memory.setFailedRowsInMemory(token, failedRows);
}

export async function forgetPreview(handle: DbHandle, token: string): Promise<void> {
	if (handle.kind === 'postgres') await database.dropPreview(handle.db, token);
	else memory.dropFromMemory(token);
}

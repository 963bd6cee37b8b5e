// What a kept preview is, and its bounds (the same whether it is kept in the database or in memory).
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export const PREVIEW_TTL_MINUTES = 30;
/** One user checking file after file keeps only the latest few (of each kind). */
export const PREVIEW_MAX_PER_USER = 3;
/** A file above this is never kept (the importer refuses it anyway). */
export const PREVIEW_MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Failed rows are kept gzipped up to this; above it the download is not offered. */
export const PREVIEW_MAX_FAILED_ROWS_BYTES = 8 * 1024 * 1024;
/** All previews in the database together: past it the oldest go first. */
export const PREVIEW_MAX_TOTAL_BYTES = 512 * 1024 * 1024;
/** All previews in one process's memory (the embedded database): the server's memory bound counts on it. */
export const PREVIEW_MAX_MEMORY_BYTES = 200 * 1024 * 1024;

export type PreviewKind = 'figures' | 'units' | 'setup';
export type PreviewFile = { bytes: Uint8Array; fileName: string; mediaType: string | null };
export type Preview = { file: PreviewFile; defaultPeriod: string | undefined };
export type NewPreview = {
	kind: PreviewKind;
	userId: string;
	file: PreviewFile;
	defaultPeriod?: string;
	failedRows?: string | null;
};

export async function packFailedRows(failedRows: string | null): Promise<Uint8Array | null> {
	if (failedRows === null) return null;
	const packed = await gzipAsync(failedRows, { level: 1 });
	return packed.length <= PREVIEW_MAX_FAILED_ROWS_BYTES ? packed : null;
}

export async function unpackFailedRows(packed: Uint8Array): Promise<string> {
	return (await gunzipAsync(packed)).toString('utf8');
}

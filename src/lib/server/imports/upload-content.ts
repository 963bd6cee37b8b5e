// The original file kept with each upload. Text files are stored gzipped: a province's 4.4 MB CSV
// shrinks to 0.7 MB, and its insert to ~50 ms from ~270 (sent as 8.8 MB of hex, then compressed
// again by the server). Zip files (xlsx, ods) do not shrink and stay as sent.
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export type UploadContentEncoding = 'gzip';
export type PackedContent = { content: Uint8Array; encoding: UploadContentEncoding | null };

const PACK_CHUNK_BYTES = 1024 * 1024;
/** Below this the insert costs nothing either way. */
const MIN_PACKED_BYTES = 4096;

/** Gzipped when that saves at least a quarter, else the bytes as they came. */
export async function packUploadContent(bytes: Uint8Array): Promise<PackedContent> {
	if (bytes.length < MIN_PACKED_BYTES) return { content: bytes, encoding: null };
	// One output chunk of a megabyte: with the default 16 KB, each chunk waits for the busy main
	// thread to hand the next one to the worker (190 ms instead of 25 for a province's file).
	const packed = await gzipAsync(bytes, { level: 1, chunkSize: PACK_CHUNK_BYTES });
	if (packed.length > bytes.length * 0.75) return { content: bytes, encoding: null };
	return { content: new Uint8Array(packed.buffer, packed.byteOffset, packed.length), encoding: 'gzip' };
}

/** The file as it was sent. */
export async function unpackUploadContent(
	content: Uint8Array,
	encoding: UploadContentEncoding | null
): Promise<Uint8Array> {
	if (encoding !== 'gzip') return content;
	const bytes = await gunzipAsync(content);
	return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

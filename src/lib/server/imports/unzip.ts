// A zip reader bounded by a budget of unpacked bytes: the central directory is read from the bytes, and
// entries are inflated asynchronously, chunk by chunk, so that no size header, true or not, decides memory.
import { createInflateRaw, inflateRaw } from 'node:zlib';
import { promisify } from 'node:util';
import { MalformedSpreadsheet, MAX_PART_BYTES, refuseUnpacked, type Budget } from './spreadsheet-limits';

export type Zip = { bytes: Uint8Array; entries: Map<string, ZipEntry>; budget: Budget };
export type ZipEntry = {
	name: string;
	method: number;
	encrypted: boolean;
	compressedSize: number;
	offset: number;
};

const inflate = promisify(inflateRaw);
const CHUNK = 64 * 1024;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** The entries of a zip by name, or null when the bytes have no readable central directory. */
export function listZip(bytes: Uint8Array): Map<string, ZipEntry> | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let end = -1;
	for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 65_535; i--) {
		if (view.getUint32(i, true) === END_OF_DIRECTORY) {
			end = i;
			break;
		}
	}
	if (end < 0) return null;
	const count = view.getUint16(end + 10, true);
	const start = view.getUint32(end + 16, true);
	// Zip64 (a directory past 4 GB or 65,535 entries) cannot hold a workbook within the upload limit.
	if (start === 0xffffffff || count === 0xffff) return null;
	const names = new TextDecoder();
	const entries = new Map<string, ZipEntry>();
	let p = start;
	for (let i = 0; i < count; i++) {
		if (p + 46 > bytes.length || view.getUint32(p, true) !== DIRECTORY_ENTRY) return null;
		const nameLength = view.getUint16(p + 28, true);
		if (p + 46 + nameLength > bytes.length) return null;
		const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLength));
		entries.set(name.replace(/^\//, ''), {
			name,
			method: view.getUint16(p + 10, true),
			encrypted: (view.getUint16(p + 8, true) & 1) === 1,
			compressedSize: view.getUint32(p + 20, true),
			offset: view.getUint32(p + 42, true)
		});
		p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
	}
	return entries;
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const p = entry.offset;
	if (entry.encrypted || (entry.method !== 0 && entry.method !== 8)) throw new MalformedSpreadsheet();
	if (p + 30 > bytes.length || view.getUint32(p, true) !== LOCAL_HEADER) throw new MalformedSpreadsheet();
	const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
	if (start + entry.compressedSize > bytes.length) throw new MalformedSpreadsheet();
	return bytes.subarray(start, start + entry.compressedSize);
}

function spend(budget: Budget, n: number): void {
	budget.bytesLeft -= n;
	if (budget.bytesLeft < 0) refuseUnpacked();
}

/** The unpacked bytes of an entry as chunks; refuses once the budget is spent, whatever the header said. */
export async function* unpackEntry(
	bytes: Uint8Array,
	entry: ZipEntry,
	budget: Budget
): AsyncGenerator<Uint8Array> {
	const data = entryData(bytes, entry);
	if (entry.method === 0) {
		for (let i = 0; i < data.length; i += CHUNK) {
			const chunk = data.subarray(i, i + CHUNK);
			spend(budget, chunk.length);
			yield chunk;
		}
		return;
	}
	const inflater = createInflateRaw({ chunkSize: CHUNK });
	inflater.end(data);
	try {
		for await (const chunk of inflater as AsyncIterable<Buffer>) {
			spend(budget, chunk.length);
			yield chunk;
		}
	} catch (error) {
		if (isZlibError(error)) throw new MalformedSpreadsheet();
		throw error;
	} finally {
		inflater.destroy();
	}
}

function isZlibError(error: unknown): boolean {
	const code = (error as { code?: unknown })?.code;
	return typeof code === 'string' && code.startsWith('Z_');
}

/** The text of an entry as pieces, decoded as UTF-8 across chunk boundaries. */
export async function* unpackText(
	bytes: Uint8Array,
	entry: ZipEntry,
	budget: Budget
): AsyncGenerator<string> {
	const decoder = new TextDecoder();
	for await (const chunk of unpackEntry(bytes, entry, budget)) yield decoder.decode(chunk, { stream: true });
	const rest = decoder.decode();
	if (rest) yield rest;
}

/** A small part (workbook, relationships, styles) whole: inflated at once, but never past maxOutputLength. */
export async function readPart(bytes: Uint8Array, entry: ZipEntry, budget: Budget): Promise<string> {
	const data = entryData(bytes, entry);
	const limit = Math.min(MAX_PART_BYTES, budget.bytesLeft);
	if (limit <= 0) refuseUnpacked();
	let out: Uint8Array;
	if (entry.method === 0) out = data;
	else {
		try {
			out = await inflate(data, { maxOutputLength: limit });
		} catch (error) {
			if ((error as { code?: unknown })?.code === 'ERR_BUFFER_TOO_LARGE') refuseUnpacked();
			if (error instanceof RangeError) refuseUnpacked();
			throw new MalformedSpreadsheet();
		}
	}
	spend(budget, out.length);
	return new TextDecoder().decode(out);
}

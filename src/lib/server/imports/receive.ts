// Taking a file out of a request, refusing oversized bodies before reading them: the multipart field
// `file` (browsers, and clients that send an Origin header), or the raw body with a file type
// (integrations: SvelteKit refuses form posts without a matching Origin, whatever the credentials).
import { MAX_FILE_BYTES } from './types';
import type { FileInput } from './service';
import { decodeFileName, isBodyTooLarge } from '../http/hostile-input';

/** Room for the multipart envelope and the other fields around a file of the maximum size. */
export const MULTIPART_SLACK = 256 * 1024;

/** Raw-body uploads: the file's own media type. */
export const RAW_TYPES: Record<string, string> = {
	'text/csv': 'csv',
	'application/csv': 'csv',
	'text/tab-separated-values': 'txt',
	'application/octet-stream': 'csv',
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
	'application/vnd.oasis.opendocument.spreadsheet': 'ods'
};

export type Received =
	| { ok: true; file: FileInput; fields: Record<string, string> }
	| { ok: false; status: 400 | 413; reason: 'no_file' | 'too_large' | 'not_multipart' | 'bad_name' };

const TOO_LARGE = { ok: false, status: 413, reason: 'too_large' } as const;

function safeName(name: string | null, fallback: string): string {
	const base = (name ?? '').split(/[\\/]/).pop()?.trim() ?? '';
	return base && base.length <= 200 ? base : fallback;
}

async function readRaw(request: Request, type: string, url: URL): Promise<Received> {
	const named = decodeFileName(url.searchParams.get('fileName'), request.headers.get('x-file-name'));
	if (!named.ok) return { ok: false, status: 400, reason: 'bad_name' };
	let body: Uint8Array;
	try {
		body = new Uint8Array(await request.arrayBuffer());
	} catch (e) {
		if (isBodyTooLarge(e)) return TOO_LARGE;
		throw e;
	}
	if (body.length > MAX_FILE_BYTES) return TOO_LARGE;
	if (body.length === 0) return { ok: false, status: 400, reason: 'no_file' };
	const fileName = safeName(named.name, `upload.${RAW_TYPES[type]}`);
	return {
		ok: true,
		file: { bytes: body, fileName, mediaType: type },
		fields: { period: url.searchParams.get('period') ?? '' }
	};
}

export async function receiveUpload(request: Request, url: URL): Promise<Received> {
	const length = Number(request.headers.get('content-length') ?? '0');
	if (length > MAX_FILE_BYTES + MULTIPART_SLACK) return TOO_LARGE;
	const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	if (type in RAW_TYPES) return readRaw(request, type, url);
	if (type !== 'multipart/form-data') return { ok: false, status: 400, reason: 'not_multipart' };
	let form: FormData;
	try {
		form = await request.formData();
	} catch (e) {
		return isBodyTooLarge(e) ? TOO_LARGE : { ok: false, status: 400, reason: 'not_multipart' };
	}
	const file = form.get('file');
	if (!(file instanceof File) || (file.size === 0 && file.name === '')) {
		return { ok: false, status: 400, reason: 'no_file' };
	}
	if (file.size > MAX_FILE_BYTES) return TOO_LARGE;
	if (decodeFileName(file.name, null).ok === false) return { ok: false, status: 400, reason: 'bad_name' };
	const bytes = new Uint8Array(await file.arrayBuffer());
	const period = form.get('period');
	return {
		ok: true,
		file: { bytes, fileName: safeName(file.name, 'upload.csv'), mediaType: file.type || null },
		fields: { period: typeof period === 'string' ? period : '' }
	};
}

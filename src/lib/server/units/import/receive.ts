// The school list out of a request: the multipart field `file`, or the raw body with a file type.
import { MAX_FILE_BYTES } from '../../imports/types';

const RAW_TYPES = new Set([
	'text/csv',
	'application/csv',
	'text/plain',
	'application/octet-stream',
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
]);

export type ReceivedUnitFile =
	| { ok: true; bytes: Uint8Array; fileName: string }
	| { ok: false; status: 400 | 413; reason: 'no_file' | 'too_large' };

function safeName(name: string | null | undefined): string {
	const base = (name ?? '').split(/[\\/]/).pop()?.trim() ?? '';
	return base && base.length <= 200 ? base : 'don-vi.csv';
}

export async function receiveUnitFile(request: Request, url: URL): Promise<ReceivedUnitFile> {
	if (Number(request.headers.get('content-length') ?? '0') > MAX_FILE_BYTES + 256 * 1024) {
		return { ok: false, status: 413, reason: 'too_large' };
	}
	const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	if (RAW_TYPES.has(type)) {
		const bytes = new Uint8Array(await request.arrayBuffer());
		if (bytes.length > MAX_FILE_BYTES) return { ok: false, status: 413, reason: 'too_large' };
		if (bytes.length === 0) return { ok: false, status: 400, reason: 'no_file' };
		return { ok: true, bytes, fileName: safeName(url.searchParams.get('fileName')) };
	}
	if (type !== 'multipart/form-data') return { ok: false, status: 400, reason: 'no_file' };
	const form = await request.formData().catch(() => null);
	const file = form?.get('file');
	if (!(file instanceof File) || file.size === 0) return { ok: false, status: 400, reason: 'no_file' };
	if (file.size > MAX_FILE_BYTES) return { ok: false, status: 413, reason: 'too_large' };
	return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()), fileName: safeName(file.name) };
}

import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { canDownload, findUpload } from '$lib/server/imports/uploads';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const user = requireUser();
	if (!/^[0-9a-f-]{36}$/.test(params.id)) error(404, 'Not found');
	const upload = await findUpload(await getDb(), params.id);
	if (!upload || !upload.content) error(404, 'Not found');
	if (!canDownload(user, upload)) error(403, 'Forbidden');
	const ascii = upload.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	return new Response(new Uint8Array(upload.content), {
		headers: {
			'Content-Type': upload.mediaType || 'application/octet-stream',
			'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(upload.fileName)}`,
			'Content-Length': String(upload.content.length)
		}
	});
};

import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { requireUser } from '$lib/server/auth/guard';
import { canDownload, findUpload } from '$lib/server/imports/uploads';
import { attachmentDisposition, detectDownloadType } from '$lib/server/imports/download-type';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const user = requireUser();
	if (!/^[0-9a-f-]{36}$/.test(params.id)) error(404, 'Not found');
	const upload = await findUpload(await getDb(), params.id);
	// Someone else's upload answers like a missing one: its existence is not the caller's business.
	if (!upload || !upload.content || !canDownload(user, upload)) error(404, 'Not found');
	return new Response(new Uint8Array(upload.content), {
		headers: {
			'Content-Type': detectDownloadType(upload.content),
			'Content-Disposition': attachmentDisposition(upload.fileName),
			'Content-Length': String(upload.content.length),
			'X-Content-Type-Options': 'nosniff'
		}
	});
};

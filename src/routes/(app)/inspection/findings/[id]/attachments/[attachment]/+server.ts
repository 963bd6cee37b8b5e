import { error } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { readIdParam } from '$lib/server/read-id-param';
import { requireVisible } from '$lib/server/auth/guard';
import { findFinding } from '$lib/server/inspection/findings';
import { findAttachment } from '$lib/server/inspection/attachments';
import { detectAttachmentKind } from '$lib/server/inspection/attachment-type';
import { attachmentDisposition } from '$lib/server/imports/download-type';
import type { RequestHandler } from './$types';

/** A finding's file, for whoever may read the finding's school: always a download, typed by its bytes. */
export const GET: RequestHandler = async ({ params }) => {
	const id = readIdParam(params.id);
	if (!/^[0-9a-f-]{36}$/.test(params.attachment)) error(404, 'Not found');
	const db = await getDb();
	const found = await findFinding(db, id);
	requireVisible('read', found ? { path: found.unitPath, type: 'school' } : null);
	const file = await findAttachment(db, params.attachment);
	if (!file || file.findingId !== id) error(404, 'Not found');
	return new Response(new Uint8Array(file.content), {
		headers: {
			'Content-Type': detectAttachmentKind(file.content)?.mediaType ?? 'application/octet-stream',
			'Content-Disposition': attachmentDisposition(file.fileName),
			'Content-Length': String(file.content.length),
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'private, no-store'
		}
	});
};

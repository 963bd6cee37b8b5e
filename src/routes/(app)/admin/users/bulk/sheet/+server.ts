import { error } from '@sveltejs/kit';
import { requireUserManager } from '$lib/server/users/guard';
import { buildAccountSheetXlsx } from '$lib/server/users/account-sheet';
import { parseSheetField } from '$lib/schemas/bulk-accounts';
import type { RequestHandler } from './$types';

/**
 * The .xlsx of accounts just created, made from what the result page posts back. The server never
 * keeps a temporary password once the creation's response is sent (no store to leak or to read
 * later, nothing lost to a restart): the only copies are the result page in the creator's browser
 * and the files made from it. A post can only format what the poster already holds, so this
 * endpoint needs nothing beyond the right to manage accounts.
 */
export const POST: RequestHandler = async ({ request, url, locals }) => {
	requireUserManager();
	const sheet = parseSheetField((await request.formData()).get('sheet'));
	if (!sheet) error(400, 'Bad request');
	const bytes = await buildAccountSheetXlsx(sheet, `${url.origin}/login`, locals.locale);
	const day = new Date().toISOString().slice(0, 10);
	return new Response(bytes as BodyInit, {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'content-disposition': `attachment; filename="tai-khoan-truong-${day}.xlsx"`,
			'cache-control': 'private, no-store'
		}
	});
};

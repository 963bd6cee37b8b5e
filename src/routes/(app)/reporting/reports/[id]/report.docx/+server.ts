import { getDb } from '$lib/server/db';
import { readIdParam } from '$lib/server/read-id-param';
import { requireVisible } from '$lib/server/auth/guard';
import { findReport, reportDocx, reportFileName } from '$lib/server/period-report/store';
import { attachment } from '$lib/server/reports/xlsx';
import type { RequestHandler } from './$types';

/** The stored report as .docx, from the figures kept when it was generated. */
export const GET: RequestHandler = async ({ params }) => {
	const id = readIdParam(params.id);
	const report = await findReport(await getDb(), id);
	requireVisible('read', report?.unit);
	const body = await reportDocx(report!);
	return new Response(new Uint8Array(body), {
		headers: {
			'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'Content-Disposition': attachment(reportFileName(report!, 'docx'))
		}
	});
};

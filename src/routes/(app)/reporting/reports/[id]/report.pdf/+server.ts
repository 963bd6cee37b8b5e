import { getDb } from '$lib/server/db';
import { readIdParam } from '$lib/server/read-id-param';
import { requireVisible } from '$lib/server/auth/guard';
import { findReport, reportFileName, reportPdf } from '$lib/server/period-report/store';
import { attachment } from '$lib/server/reports/xlsx';
import { translate } from '$lib/i18n/translate';
import type { RequestHandler } from './$types';

/** The stored report as PDF for printing (LibreOffice on the server); 503 with a sentence when it cannot. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const id = readIdParam(params.id);
	const report = await findReport(await getDb(), id);
	requireVisible('read', report?.unit);
	const outcome = await reportPdf(report!);
	if (!outcome.ok) {
		const key = outcome.reason === 'missing' ? 'periodReport.pdf.missing' : 'periodReport.pdf.failed';
		return new Response(translate(locals.locale, key), {
			status: 503,
			headers: { 'Content-Type': 'text/plain; charset=utf-8' }
		});
	}
	return new Response(new Uint8Array(outcome.pdf), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': attachment(reportFileName(report!, 'pdf'))
		}
	});
};

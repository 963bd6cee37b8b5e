// The public JSON contract of POST /api/imports (README: "Import API"). Pure.
import type { Locale } from '../../i18n/types';
import type { ImportOutcome } from './service';
import type { FileProblem } from './types';

/** Problems listed per kind; the counts stay exact. */
export const MAX_LISTED = 5000;

export type ApiProblem = {
	row: number;
	column: string;
	value: string;
	code: string;
	message: string;
	messages: { vi: string; en: string };
	sheet?: string;
};

export type ApiImportBody = {
	status: ImportOutcome['status'];
	layout: ImportOutcome['layout'];
	encoding: string;
	rows: number;
	figures: ImportOutcome['figures'];
	errors: ApiProblem[];
	warnings: ApiProblem[];
	errorCount: number;
	warningCount: number;
	uploadId: string | null;
	schools: {
		school: string;
		period: string;
		new: number;
		changed: number;
		unchanged: number;
		/** Required figures of the form still missing after the upload. */
		missing: string[];
	}[];
};

/** The `lang` cookie when set, else English only when Accept-Language starts with en. */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
	if (cookie === 'vi' || cookie === 'en') return cookie;
	return acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en' : 'vi';
}

function toApiProblem(p: FileProblem, locale: Locale): ApiProblem {
	const out: ApiProblem = {
		row: p.row,
		column: p.column,
		value: p.value,
		code: p.code,
		message: p.message[locale],
		messages: p.message
	};
	if (p.sheet) out.sheet = p.sheet;
	return out;
}

export function toApiBody(outcome: ImportOutcome, locale: Locale): ApiImportBody {
	return {
		status: outcome.status,
		layout: outcome.layout,
		encoding: outcome.encoding,
		rows: outcome.rows,
		figures: outcome.figures,
		errors: outcome.errors.slice(0, MAX_LISTED).map((p) => toApiProblem(p, locale)),
		warnings: outcome.warnings.slice(0, MAX_LISTED).map((p) => toApiProblem(p, locale)),
		errorCount: outcome.errors.length,
		warningCount: outcome.warnings.length,
		uploadId: outcome.uploadId,
		schools: outcome.schools.map((s) => ({
			school: s.schoolCode,
			period: s.period,
			...s.counts,
			missing: s.missing
		}))
	};
}

/** 413 past the size limit, 403 for rows outside the uploader's scope, 422 for any other refusal. */
export function httpStatusOf(outcome: ImportOutcome): number {
	if (outcome.status !== 'rejected') return 200;
	if (outcome.errors.some((e) => e.code === 'file_too_large')) return 413;
	if (outcome.forbidden) return 403;
	return 422;
}

/** The same shape for a request refused before any file was read (no file, too large). */
export function refusalBody(
	code: FileProblem['code'],
	message: FileProblem['message'],
	locale: Locale
): ApiImportBody {
	return {
		status: 'rejected',
		layout: null,
		encoding: '',
		rows: 0,
		figures: { new: 0, changed: 0, unchanged: 0 },
		errors: [toApiProblem({ row: 0, column: '', value: '', code, message, severity: 'error' }, locale)],
		warnings: [],
		errorCount: 1,
		warningCount: 0,
		uploadId: null,
		schools: []
	};
}

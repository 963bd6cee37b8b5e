// The period reports page: the pickers, the defaults of the form, the reports already generated, and
// generating one (figures read now, stored with the text).
import type { Db } from '../db';
import type { AuthUser } from '../auth/user';
import { can } from '../auth/access';
import { choosePeriod } from '../calendar/choose-period';
import { todayVn } from '../calendar/dates';
import { findPeriod } from '../calendar/queries';
import { findUnitByCode, type UnitRow } from '../units/queries';
import { translate } from '$lib/i18n/translate';
import type { Locale } from '$lib/i18n/types';
import type { PeriodReportForm } from '$lib/schemas/period-report';
import { loadFigures } from './snapshot';
import { hasLibreOffice } from './convert-pdf';
import { listReports, storeReport } from './store';
import type { ReportText } from './model';

const OFFICE_PREFIX = /^(phòng|sở)\s+(gd&đt|gd-đt|gdđt|giáo dục và đào tạo)\s+/i;
const PLACE_PREFIX = /^(quận|huyện|thị xã|thành phố|tỉnh|xã|phường)\s+/i;

/** "Phòng GD&ĐT quận Hải An" → "quận Hải An": the locality the office serves. */
export function localityOf(areaName: string): string {
	return areaName.replace(OFFICE_PREFIX, '').trim() || areaName;
}

/** "Phòng GD&ĐT quận Hải An" → "Hải An": the place name of the date line. */
export function placeOf(areaName: string): string {
	const locality = localityOf(areaName);
	return locality.replace(PLACE_PREFIX, '').trim() || locality;
}

/** "Cuối năm học 2024-2025" → "cuối năm học 2024-2025" (only the first letter: "học kỳ I" keeps its I). */
const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

export function defaultText(
	locale: Locale,
	area: { name: string; type: string },
	period: { yearCode: string; labelVi: string; labelEn: string },
	today: string
): ReportText {
	const province = area.type === 'province';
	const kind = province ? 'province' : 'district';
	return {
		superior: province
			? ''
			: translate(locale, 'periodReport.default.superior', { area: localityOf(area.name) }),
		issuer: province ? area.name : translate(locale, 'periodReport.default.issuer.district'),
		docNumber: translate(locale, `periodReport.default.docNumber.${kind}`),
		place: placeOf(area.name),
		issuedOn: today,
		title: translate(locale, 'periodReport.doc.defaultTitle', {
			period: lowerFirst(locale === 'vi' ? period.labelVi : period.labelEn)
		}),
		intro: '',
		conclusions: '',
		signerTitle: translate(locale, `periodReport.default.signer.${kind}`),
		signerName: '',
		recipients: translate(locale, `periodReport.default.recipients.${kind}`, {
			area: localityOf(area.name)
		}).split('\n')
	};
}

export async function loadReportsPage(
	db: Db,
	user: AuthUser,
	area: UnitRow,
	query: { year?: string; period?: string },
	locale: Locale
) {
	const today = todayVn();
	const [chosen, libreOffice] = await Promise.all([choosePeriod(db, user, query, today), hasLibreOffice()]);
	const { areas, years, yearCode, periods } = chosen;
	const period = chosen.period ?? periods[0] ?? null;
	const reports = period ? await listReports(db, area.id, period.id) : [];
	return {
		areas: areas.filter((a) => a.type !== 'school'),
		years: years.map((y) => y.code),
		periods: periods.map((p) => ({ key: p.key, labelVi: p.labelVi, labelEn: p.labelEn })),
		yearCode,
		periodKey: period?.key ?? null,
		defaults: period ? defaultText(locale, area, period, today) : null,
		reports: reports.map((r) => ({
			id: r.id,
			docNumber: r.docNumber,
			title: r.title,
			createdAt: r.createdAt,
			createdBy: r.createdBy
		})),
		canGenerate: area.type !== 'school' && can(user, 'review_submission', area),
		libreOffice
	};
}

export type GenerateOutcome =
	| { ok: true; id: number; docNumber: string }
	| { ok: false; reason: 'not_found' | 'forbidden' | 'school' | 'no_period' };

/** Reads the figures now and stores them with the text. Needs `review_submission` on the area. */
export async function generateReport(
	db: Db,
	user: AuthUser,
	form: PeriodReportForm
): Promise<GenerateOutcome> {
	const area = await findUnitByCode(db, form.unit);
	if (!area || !can(user, 'read', area)) return { ok: false, reason: 'not_found' };
	if (!can(user, 'review_submission', area)) return { ok: false, reason: 'forbidden' };
	if (area.type === 'school') return { ok: false, reason: 'school' };
	const period = await findPeriod(db, form.year, form.period);
	if (!period) return { ok: false, reason: 'no_period' };
	// Explanations (giải trình) are not collected yet: none to print.
	const figures = await loadFigures(db, area, period);
	const { unit: _u, year: _y, period: _p, ...text } = form;
	const id = await storeReport(db, {
		area,
		period,
		text,
		figures,
		createdBy: user.displayName ?? user.username
	});
	return { ok: true, id, docNumber: text.docNumber };
}

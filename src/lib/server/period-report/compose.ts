// The period report laid out as Nghị định 30/2020/NĐ-CP (Phụ lục I) asks of an administrative document:
// issuing unit top left (superior body above, unit in bold below), Quốc hiệu and Tiêu ngữ top right,
// số/ký hiệu, place and date (italic), title (bold, centred), the body, "Nơi nhận" and the signature.
// Pure: report in, blocks out (render-docx.ts writes them).
import { translate } from '$lib/i18n/translate';
import type { MessageKey } from '$lib/i18n';
import type { Locale } from '$lib/i18n/types';
import { formatNumber, formatPercent } from '$lib/i18n/format';
import { formatValue } from '$lib/targets/explain';
import { para, type Block, type Para } from './blocks';
import type { FiguresSnapshot, PeriodReportInput, ReportExplanation, SnapshotRow } from './model';
import { formatDayMonthYear } from '$lib/dates/day-month-year';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** "Hải An, ngày 05 tháng 5 năm 2025": days and months below 3 with a leading zero (NĐ 30, Phụ lục I). */
export function placeAndDate(locale: Locale, place: string, isoDate: string): string {
	const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
	const pad = (n: number, below: number) => (n < below ? String(n).padStart(2, '0') : String(n));
	return translate(locale, 'periodReport.doc.placeDate', {
		place,
		day: pad(day, 10),
		month: pad(month, 3),
		year
	});
}

export function statusLabel(locale: Locale, status: SnapshotRow['status']): string {
	return translate(locale, `targets.status.${status}` as MessageKey);
}

/** "92,1 % (1.024/1.112)" for rates, the value alone otherwise. */
export function actualText(
	locale: Locale,
	row: Pick<SnapshotRow, 'unit' | 'actual' | 'numerator' | 'denominator'>
) {
	const value = formatValue(locale, row.unit, row.actual);
	if (row.unit !== 'percent' || row.actual === null || row.numerator === null || row.denominator === null)
		return value;
	return `${value} (${formatNumber(locale, row.numerator)}/${formatNumber(locale, row.denominator)})`;
}

function body(text: string): Para[] {
	return text
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean)
		.map((l) => para(l, { align: 'justify', indent: true }));
}

function heading(text: string): Para {
	return para(text, { bold: true, align: 'justify', indent: true });
}

function header(locale: Locale, input: PeriodReportInput): Block[] {
	const { text } = input;
	const t = (k: MessageKey, p?: Record<string, string | number>) => translate(locale, k, p);
	const left: Para[] = [
		...(text.superior.trim()
			? [para(text.superior.trim().toUpperCase(), { align: 'center', size: 12 })]
			: []),
		para(text.issuer.trim().toUpperCase(), { align: 'center', bold: true, size: 12 }),
		{ kind: 'p', runs: [], align: 'center', rule: 40 },
		para(t('periodReport.doc.number', { number: text.docNumber }), { align: 'center', size: 13 })
	];
	const right: Para[] = [
		para(t('periodReport.doc.nation'), { align: 'center', bold: true, size: 12 }),
		para(t('periodReport.doc.motto'), { align: 'center', bold: true, size: 13 }),
		{ kind: 'p', runs: [], align: 'center', rule: 60 },
		para(placeAndDate(locale, text.place, text.issuedOn), { align: 'center', italic: true, size: 14 })
	];
	return [
		{ kind: 'columns', widths: [42, 58], left, right },
		para('', { after: 6 }),
		para(t('periodReport.doc.kind'), { align: 'center', bold: true, size: 14 }),
		para(text.title, { align: 'center', bold: true, size: 14 }),
		{ kind: 'p', runs: [], align: 'center', rule: 25, after: 6 }
	];
}

function resultTables(locale: Locale, figures: FiguresSnapshot): Block[] {
	const t = (k: MessageKey) => translate(locale, k);
	const out: Block[] = [];
	const sub =
		figures.subUnits === 'schools'
			? t('periodReport.doc.col.schoolsOff')
			: t('periodReport.doc.col.unitsOff');
	figures.groups.forEach((group, g) => {
		out.push(heading(`${g + 1}. ${t(`dash.group.${group.key}` as MessageKey)}`));
		out.push({
			kind: 'table',
			header: [
				t('periodReport.doc.col.no'),
				t('periodReport.doc.col.indicator'),
				t('periodReport.doc.col.target'),
				t('periodReport.doc.col.actual'),
				sub,
				t('periodReport.doc.col.status')
			],
			rows: group.rows.map((r, i) => [
				String(i + 1),
				r.name,
				r.targetText ?? '—',
				actualText(locale, r),
				r.judged > 0 ? `${r.offTrack}/${r.judged}` : '—',
				statusLabel(locale, r.status)
			]),
			widths: [6, 34, 13, 19, 13, 15],
			align: ['center', 'left', 'center', 'right', 'center', 'center']
		});
	});
	if (!figures.groups.length)
		out.push(para(t('periodReport.doc.noRows'), { align: 'justify', indent: true }));
	return out;
}

function underTarget(locale: Locale, figures: FiguresSnapshot): Block[] {
	const t = (k: MessageKey, p?: Record<string, string | number>) => translate(locale, k, p);
	if (!figures.underTarget.length)
		return [
			para(t(`periodReport.doc.noneUnder.${figures.subUnits}` as MessageKey), {
				align: 'justify',
				indent: true
			})
		];
	return [
		{
			kind: 'table',
			header: [
				t('periodReport.doc.col.no'),
				t(figures.subUnits === 'schools' ? 'periodReport.doc.col.school' : 'periodReport.doc.col.unit'),
				t('periodReport.doc.col.misses')
			],
			rows: figures.underTarget.map((u, i) => [
				String(i + 1),
				u.name,
				u.misses
					.map((m) =>
						t('periodReport.doc.miss', {
							name: m.name,
							actual: formatValue(locale, m.unit, m.actual),
							target: m.targetText ?? '—'
						})
					)
					.join('; ')
			]),
			widths: [6, 30, 64],
			align: ['center', 'left', 'left']
		}
	];
}

function explanations(locale: Locale, list: readonly ReportExplanation[]): Block[] {
	const t = (k: MessageKey) => translate(locale, k);
	const date = (iso: string | null) => (iso ? formatDayMonthYear(iso.slice(0, 10)) : '—');
	return [
		{
			kind: 'table',
			header: [
				t('periodReport.doc.col.no'),
				t('periodReport.doc.col.school'),
				t('periodReport.doc.col.indicator'),
				t('periodReport.doc.col.cause'),
				t('periodReport.doc.col.measures'),
				t('periodReport.doc.col.expected')
			],
			rows: list.map((e, i) => [
				String(i + 1),
				e.schoolName,
				e.indicatorName,
				e.cause,
				e.measures,
				date(e.expectedDate)
			]),
			widths: [6, 18, 20, 22, 22, 12],
			align: ['center', 'left', 'left', 'left', 'left', 'center']
		}
	];
}

function completeness(locale: Locale, figures: FiguresSnapshot): Block[] {
	const t = (k: MessageKey, p?: Record<string, string | number>) => translate(locale, k, p);
	const c = figures.completeness;
	const out: Block[] = [
		para(
			t('periodReport.doc.completeness', {
				form: figures.period.formNameVi,
				expected: formatNumber(locale, c.expected),
				received: formatNumber(locale, c.received),
				completeness: formatPercent(locale, c.completeness),
				onTime: formatNumber(locale, c.onTime),
				timeliness: formatPercent(locale, c.timeliness),
				late: formatNumber(locale, c.late),
				missing: formatNumber(locale, c.missing)
			}),
			{ align: 'justify', indent: true }
		)
	];
	if (c.notReceived.length)
		out.push(
			para(t('periodReport.doc.notReceived', { names: c.notReceived.join(', ') }), {
				align: 'justify',
				indent: true
			})
		);
	if (c.lateSchools.length)
		out.push(
			para(t('periodReport.doc.late', { names: c.lateSchools.join(', ') }), {
				align: 'justify',
				indent: true
			})
		);
	return out;
}

function signature(locale: Locale, input: PeriodReportInput): Block {
	const { text } = input;
	const recipients = text.recipients
		.map((r) =>
			r
				.trim()
				.replace(/^[-–]\s*/, '')
				.replace(/[;.]$/, '')
		)
		.filter(Boolean);
	const left: Para[] = [
		para(translate(locale, 'periodReport.doc.recipients'), { bold: true, italic: true, size: 12 }),
		...recipients.map((r, i) => para(`- ${r}${i === recipients.length - 1 ? '.' : ';'}`, { size: 11 }))
	];
	const titles = text.signerTitle
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);
	const right: Para[] = [
		...titles.map((l) => para(l.toUpperCase(), { align: 'center', bold: true, size: 14 })),
		...[0, 1, 2, 3].map(() => para('', { align: 'center', size: 14 })),
		para(text.signerName.trim(), { align: 'center', bold: true, size: 14 })
	];
	return { kind: 'columns', widths: [50, 50], left, right };
}

/** The whole report as blocks, in the order the document prints them. */
export function composeReport(input: PeriodReportInput, locale: Locale = 'vi'): Block[] {
	const t = (k: MessageKey) => translate(locale, k);
	const { text, figures } = input;
	const sections: { title: string; blocks: Block[] }[] = [];
	const intro = body(text.intro);
	if (intro.length) sections.push({ title: t('periodReport.doc.section.intro'), blocks: intro });
	sections.push({ title: t('periodReport.doc.section.results'), blocks: resultTables(locale, figures) });
	sections.push({
		title: t(`periodReport.doc.section.under.${figures.subUnits}` as MessageKey),
		blocks: underTarget(locale, figures)
	});
	if (figures.explanations.length)
		sections.push({
			title: t('periodReport.doc.section.explanations'),
			blocks: explanations(locale, figures.explanations)
		});
	sections.push({ title: t('periodReport.doc.section.completeness'), blocks: completeness(locale, figures) });
	const conclusions = body(text.conclusions);
	if (conclusions.length)
		sections.push({ title: t('periodReport.doc.section.conclusions'), blocks: conclusions });
	return [
		...header(locale, input),
		...sections.flatMap((s, i) => [heading(`${ROMAN[i]}. ${s.title.toUpperCase()}`), ...s.blocks]),
		para(''),
		signature(locale, input)
	];
}

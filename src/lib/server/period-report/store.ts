// Generated period reports: stored with the figures snapshot; the files are made from the stored row.
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import type { PeriodInfo } from '../calendar/queries';
import type { UnitRow } from '../units/queries';
import { composeReport } from './compose';
import { renderDocx } from './render-docx';
import { convertToPdf, type PdfOutcome } from './convert-pdf';
import type { FiguresSnapshot, ReportText } from './model';

export type StoredReport = {
	id: number;
	unit: { id: number; code: string; name: string; path: string; type: string };
	periodId: number;
	docNumber: string;
	title: string;
	text: ReportText;
	figures: FiguresSnapshot;
	createdBy: string | null;
	createdAt: Date;
};

export async function storeReport(
	db: Db,
	input: { area: UnitRow; period: PeriodInfo; text: ReportText; figures: FiguresSnapshot; createdBy: string }
): Promise<number> {
	const [row] = await db
		.insert(table.periodReports)
		.values({
			unitId: input.area.id,
			periodId: input.period.id,
			docNumber: input.text.docNumber,
			title: input.text.title,
			content: input.text,
			snapshot: input.figures,
			createdBy: input.createdBy
		})
		.returning({ id: table.periodReports.id });
	return row.id;
}

const columns = {
	id: table.periodReports.id,
	periodId: table.periodReports.periodId,
	docNumber: table.periodReports.docNumber,
	title: table.periodReports.title,
	content: table.periodReports.content,
	snapshot: table.periodReports.snapshot,
	createdBy: table.periodReports.createdBy,
	createdAt: table.periodReports.createdAt,
	unitId: table.units.id,
	unitCode: table.units.code,
	unitName: table.units.name,
	unitPath: table.units.path,
	unitType: table.units.type
};

type Row = Omit<{ [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] }, 'createdBy'> & {
	createdBy: string | null;
};

function toStored(r: Row): StoredReport {
	return {
		id: r.id,
		unit: { id: r.unitId, code: r.unitCode, name: r.unitName, path: r.unitPath, type: r.unitType },
		periodId: r.periodId,
		docNumber: r.docNumber,
		title: r.title,
		text: r.content as ReportText,
		figures: r.snapshot as FiguresSnapshot,
		createdBy: r.createdBy,
		createdAt: new Date(r.createdAt)
	};
}

export async function findReport(db: Db, id: number): Promise<StoredReport | null> {
	const [row] = await db
		.select(columns)
		.from(table.periodReports)
		.innerJoin(table.units, eq(table.units.id, table.periodReports.unitId))
		.where(eq(table.periodReports.id, id));
	return row ? toStored(row) : null;
}

/** The area's reports for a period, newest first. */
export async function listReports(db: Db, unitId: number, periodId: number): Promise<StoredReport[]> {
	const rows = await db
		.select(columns)
		.from(table.periodReports)
		.innerJoin(table.units, eq(table.units.id, table.periodReports.unitId))
		.where(and(eq(table.periodReports.unitId, unitId), eq(table.periodReports.periodId, periodId)))
		.orderBy(desc(table.periodReports.id));
	return rows.map(toStored);
}

export function reportFileName(report: StoredReport, ext: 'docx' | 'pdf'): string {
	const period = `${report.figures.period.yearCode}_${report.figures.period.key}`;
	return `bao-cao_${report.unit.code}_${period}_${report.id}.${ext}`;
}

/** The .docx of a stored report: from its stored text and figures only, never from today's figures. */
export function reportDocx(report: StoredReport): Promise<Buffer> {
	return renderDocx(composeReport({ text: report.text, figures: report.figures }), {
		title: report.title,
		created: report.createdAt
	});
}

export async function reportPdf(report: StoredReport): Promise<PdfOutcome> {
	return convertToPdf(await reportDocx(report));
}

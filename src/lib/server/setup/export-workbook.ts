// The setup of a unit as one workbook: its subtree of units, every school year with its periods, the
// report forms, the catalogue and its validation rules, and the plans of the subtree with their targets.
import ExcelJS from 'exceljs';
import { asc, eq, like } from 'drizzle-orm';
import type { Db } from '../db';
import * as table from '../db/schema';
import { listDataElements, listIndicators, listRules } from '../catalogue/queries';
import { findPlan, listTargets } from '../plans/queries';
import { loadPlanContext } from '../plans/plan-context';
import { targetToRow } from '../plans/transfer-format';
import { exportGroupRows } from './store-groups';
import { SHEETS, headerText, type SheetKey } from './workbook-sheets';

type Row = Record<string, string | number | null | undefined>;

const TYPE_TEXT: Record<string, string> = {
	province: 'Sở',
	district: 'Phòng',
	commune: 'Xã',
	school: 'Trường'
};
const OWNERSHIP_TEXT: Record<string, string> = { public: 'Công lập', non_public: 'Ngoài công lập' };

async function unitRows(db: Db, rootCode: string): Promise<{ rows: Row[]; codes: Set<string> } | null> {
	const [root] = await db.select().from(table.units).where(eq(table.units.code, rootCode));
	if (!root) return null;
	const list = await db
		.select()
		.from(table.units)
		.where(like(table.units.path, `${root.path}%`))
		.orderBy(asc(table.units.depth), asc(table.units.code));
	const codeOf = new Map(list.map((u) => [u.id, u.code]));
	const rows = list.map((u) => ({
		'Mã đơn vị': u.code,
		'Tên đơn vị': u.name,
		Loại: TYPE_TEXT[u.type],
		// The exported unit is the workbook's root: its parent is not in it.
		'Mã đơn vị cấp trên': u.id === root.id ? '' : (codeOf.get(u.parentId ?? -1) ?? ''),
		'Cấp học': u.schoolLevel ?? '',
		'Loại hình': u.ownership ? OWNERSHIP_TEXT[u.ownership] : '',
		'Mã trường CSDL': u.ministryCode ?? '',
		'Địa chỉ': u.address ?? '',
		'Điện thoại': u.contactPhone ?? '',
		'Hiệu trưởng': u.contactName ?? ''
	}));
	return { rows, codes: new Set(list.map((u) => u.code)) };
}

async function calendarRows(db: Db) {
	const forms = await db.select().from(table.reportForms).orderBy(asc(table.reportForms.code));
	const years = await db.select().from(table.schoolYears).orderBy(asc(table.schoolYears.code));
	const periods = await db
		.select({ p: table.periods, year: table.schoolYears.code, form: table.reportForms.code })
		.from(table.periods)
		.innerJoin(table.schoolYears, eq(table.schoolYears.id, table.periods.schoolYearId))
		.innerJoin(table.reportForms, eq(table.reportForms.id, table.periods.formId))
		.orderBy(asc(table.schoolYears.code), asc(table.periods.sortOrder), asc(table.periods.key));
	return {
		forms: forms.map((f) => ({ ...f, levels: f.levels.join(', ') })),
		years: years.map((y) => ({ ...y })),
		periods: periods.map(({ p, year, form }) => ({ ...p, year, form }))
	};
}

async function catalogueRows(db: Db) {
	const [elements, indicators, rules] = await Promise.all([
		listDataElements(db),
		listIndicators(db),
		listRules(db)
	]);
	return {
		elements: elements.map((e) => ({
			...e,
			levels: e.levels.join(', '),
			forms: e.forms.join(', '),
			maxLevel: e.maxLevel ?? ''
		})),
		indicators: indicators.map((i) => {
			const f = i.formula;
			return {
				code: i.code,
				nameVi: i.nameVi,
				nameEn: i.nameEn,
				group: i.groupKey,
				levels: i.levels.join(', '),
				kind: f.kind,
				numerator: f.kind === 'rate' ? f.numerator.join(' + ') : f.kind === 'sum' ? f.of.join(' + ') : '',
				denominator: f.kind === 'rate' ? f.denominator.join(' + ') : '',
				element: f.kind === 'share_of_schools' || f.kind === 'level' ? f.element : '',
				atLeast: f.kind === 'share_of_schools' ? f.atLeast : '',
				direction: i.direction,
				unit: i.unit,
				aboveTarget: i.aboveTarget ?? ''
			};
		}),
		rules: rules.map((r) => ({
			...r,
			left: r.left.join(' + '),
			right: r.right.join(' + '),
			active: r.active ? 'có' : 'không'
		}))
	};
}

async function planRows(db: Db, codes: Set<string>) {
	const list = await db
		.select({ unit: table.units.code, year: table.schoolYears.code, plan: table.plans })
		.from(table.plans)
		.innerJoin(table.units, eq(table.units.id, table.plans.unitId))
		.innerJoin(table.schoolYears, eq(table.schoolYears.id, table.plans.schoolYearId))
		.orderBy(asc(table.schoolYears.code), asc(table.units.code));
	const plans: Row[] = [];
	const targets: Row[] = [];
	for (const p of list.filter((x) => codes.has(x.unit))) {
		plans.push({ unit: p.unit, year: p.year, titleVi: p.plan.titleVi, titleEn: p.plan.titleEn });
		const found = await findPlan(db, p.unit, p.year);
		if (!found) continue;
		for (const t of await listTargets(db, await loadPlanContext(db, found))) {
			targets.push({ unit: p.unit, year: p.year, ...targetToRow(t) });
		}
	}
	return { plans, targets };
}

/** Null when the unit does not exist. */
export async function exportSetupWorkbook(db: Db, rootCode: string): Promise<Uint8Array | null> {
	const units = await unitRows(db, rootCode);
	if (!units) return null;
	const data: Record<SheetKey, Row[]> = {
		units: units.rows,
		groups: await exportGroupRows(db, units.codes),
		...(await calendarRows(db)),
		...(await catalogueRows(db)),
		...(await planRows(db, units.codes))
	};
	const workbook = new ExcelJS.Workbook();
	for (const spec of SHEETS) {
		const sheet = workbook.addWorksheet(spec.name);
		sheet.addRow(spec.columns.map((c) => headerText(spec, c))).font = { bold: true };
		sheet.views = [{ state: 'frozen', ySplit: 1 }];
		spec.columns.forEach((_, i) => {
			const column = sheet.getColumn(i + 1);
			column.width = 18;
			// Codes, dates and phone numbers stay text: Excel would turn 2026-09-05 into a date serial.
			column.numFmt = '@';
		});
		for (const row of data[spec.key]) {
			sheet.addRow(
				spec.columns.map(([field]) => {
					const v = row[field];
					return v === null || v === undefined ? '' : typeof v === 'number' ? v : String(v);
				})
			);
		}
	}
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// The web entry form (small schools without Excel): the figures of one school and period as inputs,
// stored through the same checks and the same store as an uploaded file.
import type { Db, DbHandle } from '../db';
import type { AuthUser } from '../auth/user';
import type { UnitRow } from '../units/queries';
import type { Locale } from '../../i18n/types';
import { isClosedFor } from './check-records';
import { defaultPeriod, listPeriodChoices, pickFormElements, type PeriodChoice } from './choices';
import { findPeriod, readUnitFigures } from './figures-query';
import { loadElements, loadReferences } from './load-context';
import { neutraliseCell } from './neutralise';
import { importRead, type ImportOutcome } from './service';
import type { FigureRecord, ReadResult } from './types';
import { todayVn } from '../calendar/dates';
import { findMissingFigures, listRequiredFigures } from '../submissions/required-figures';

export type EntryGroupKey = 'MN' | 'TH' | 'THCS' | 'GV' | 'PH' | 'other';
export type EntryField = {
	code: string;
	nameVi: string;
	nameEn: string;
	valueType: string;
	maxLevel: number | null;
	value: string;
};
export type EntryForm = {
	school: { code: string; name: string; level: string | null };
	periods: PeriodChoice[];
	period: PeriodChoice;
	groups: { key: EntryGroupKey; fields: EntryField[] }[];
	submission: { status: string; version: number } | null;
	closed: boolean;
	locked: boolean;
	/** Required figures of the form (for the school's level) with no stored value yet. */
	missing: string[];
};

export function groupOf(code: string): EntryGroupKey {
	const prefix = code.split('_')[0];
	return prefix === 'MN' || prefix === 'TH' || prefix === 'THCS' || prefix === 'GV' || prefix === 'PH'
		? prefix
		: 'other';
}

const GROUP_ORDER: EntryGroupKey[] = ['MN', 'TH', 'THCS', 'GV', 'PH', 'other'];

/** The form for a school and a period ref (default: the open period due next); null for an unknown period. */
export async function loadEntryForm(
	db: Db,
	school: UnitRow,
	periodRef: string | null
): Promise<EntryForm | null> {
	const [all, catalogue] = await Promise.all([listPeriodChoices(db), loadElements(db)]);
	const offered = all.filter(
		(p) => pickFormElements(catalogue.values(), p.formCode, [school.schoolLevel]).length > 0
	);
	offered.sort(
		(a, b) => b.yearCode.localeCompare(a.yearCode) || a.schoolDeadline.localeCompare(b.schoolDeadline)
	);
	const chosen = periodRef
		? offered.find((p) => p.ref === periodRef)
		: (defaultPeriod(offered, todayVn(), school.schoolLevel) ?? undefined);
	if (!chosen) return null;
	const period = (await findPeriod(db, chosen.ref))!;
	const elements = pickFormElements(catalogue.values(), period.formCode, [school.schoolLevel]);
	const [stored, refs] = await Promise.all([
		readUnitFigures(db, school.id, period.id),
		loadReferences(db, [
			{ row: 0, schoolCode: school.code, period: period.ref, code: '', column: '', raw: '', comment: null }
		])
	]);
	const current = new Map(stored.figures.map((f) => [f.code, f.value]));
	const groups = GROUP_ORDER.map((key) => ({
		key,
		fields: elements
			.filter((e) => groupOf(e.code) === key)
			.map((e) => ({
				code: e.code,
				nameVi: e.nameVi,
				nameEn: e.nameEn,
				valueType: e.valueType,
				maxLevel: e.maxLevel,
				value: current.has(e.code) ? String(current.get(e.code)) : ''
			}))
	})).filter((g) => g.fields.length);
	const unit = refs.units.get(school.code)!;
	return {
		school: { code: school.code, name: school.name, level: school.schoolLevel },
		periods: offered,
		period: chosen,
		groups,
		submission: stored.submission
			? { status: stored.submission.status, version: stored.submission.version }
			: null,
		closed: isClosedFor(period, unit, refs),
		locked: stored.submission?.status === 'approved',
		missing: findMissingFigures(
			listRequiredFigures([...catalogue.values()], period.formCode, {
				type: 'school',
				schoolLevel: school.schoolLevel
			}).map((e) => e.code),
			current.keys()
		)
	};
}

export type EntrySaved = {
	outcome: ImportOutcome;
	/** Per figure code, the message in the request's language. */
	errors: Record<string, string>;
	warnings: Record<string, string>;
	/** Warnings about the whole report (e.g. required figures still missing), in the request's language. */
	general: string[];
};

const csvCell = (s: string) => {
	const safe = neutraliseCell(s);
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Builds the records of the filled-in fields (empty ones are left out) and imports them. */
export async function saveEntries(
	handle: DbHandle,
	user: AuthUser,
	school: { code: string },
	periodRef: string,
	values: Record<string, string>,
	options: { confirmWarnings: boolean; locale: Locale }
): Promise<EntrySaved> {
	const filled = Object.entries(values).filter(([, v]) => v.trim() !== '');
	// Row numbers as in the CSV kept as the "original file" (header on row 1).
	const records: FigureRecord[] = filled.map(([code, raw], i) => ({
		row: i + 2,
		schoolCode: school.code,
		period: periodRef,
		code,
		column: code,
		raw: raw.trim(),
		comment: null
	}));
	const lines = [
		'ma_truong,ky_bao_cao,ma_chi_so,gia_tri',
		...records.map((r) => [r.schoolCode, r.period, r.code, r.raw].map(csvCell).join(','))
	];
	const bytes = new TextEncoder().encode('\uFEFF' + lines.join('\r\n') + '\r\n');
	const fileName = `nhap-tren-web_${school.code}_${periodRef.replace('/', '_')}.csv`;
	const read: ReadResult = {
		fileName,
		format: 'csv',
		encoding: 'utf-8-bom',
		delimiter: ',',
		layout: 'long',
		rowCount: records.length,
		records,
		problems: []
	};
	const outcome = await importRead(
		handle,
		user,
		read,
		{ bytes, fileName, mediaType: 'text/csv' },
		{
			dryRun: false,
			confirmWarnings: options.confirmWarnings
		}
	);
	const codeAt = new Map(records.map((r) => [r.row, r.code]));
	const byCode = (list: ImportOutcome['errors']) => {
		const out: Record<string, string> = {};
		for (const p of list) {
			const code = codeAt.get(p.row);
			if (code)
				out[code] = out[code] ? `${out[code]} ${p.message[options.locale]}` : p.message[options.locale];
		}
		return out;
	};
	const general = [...outcome.errors, ...outcome.warnings]
		.filter((p) => !codeAt.has(p.row))
		.map((p) => p.message[options.locale]);
	return { outcome, errors: byCode(outcome.errors), warnings: byCode(outcome.warnings), general };
}

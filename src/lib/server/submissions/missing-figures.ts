// Which required figures stored reports lack: the required sets come from listRequiredFigures (one
// per form × kind of unit, computed here from the small catalogue), the database answers only the
// anti-join, so a board of 2,000 schools transfers the few missing figures, not every stored one.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db';
import * as col from '../db/rows';
import { SCHOOL_LEVELS } from '../../domain/types';
import { pgArray } from '../imports/load-context';
import { loadImportCatalogue } from '../imports/catalogue-cache';
import type { ElementInfo } from '../imports/plan';
import { listRequiredFigures, profileKey, type ReportingUnit } from './required-figures';

type Requirement = { form: string; profile: string; elementId: number };

const PROFILES: ReportingUnit[] = [
	...SCHOOL_LEVELS.map((schoolLevel) => ({ type: 'school', schoolLevel })),
	{ type: 'commune', schoolLevel: null }
];

/** Every (form, kind of unit, required element) of the catalogue. */
export function buildRequirements(elements: readonly ElementInfo[]): Requirement[] {
	const forms = [...new Set(elements.flatMap((e) => e.forms))];
	const out: Requirement[] = [];
	for (const form of forms)
		for (const unit of PROFILES)
			for (const e of listRequiredFigures(elements, form, unit))
				out.push({ form, profile: profileKey(unit), elementId: e.id });
	return out;
}

// Derived from the cached catalogue object: a new catalogue (a commit changed it) is a new key.
const requirementsByCatalogue = new WeakMap<object, Requirement[]>();

function requirementsOf(key: object, elements: readonly ElementInfo[]): Requirement[] {
	let reqs = requirementsByCatalogue.get(key);
	if (!reqs) requirementsByCatalogue.set(key, (reqs = buildRequirements(elements)));
	return reqs;
}

/**
 * Missing required figures of each submission (catalogue order); submissions with none missing are
 * absent from the map.
 */
export async function loadMissingElements(
	db: Db,
	submissionIds: readonly number[]
): Promise<Map<number, ElementInfo[]>> {
	const out = new Map<number, ElementInfo[]>();
	if (submissionIds.length === 0) return out;
	const catalogue = (await loadImportCatalogue(db)).elements;
	const elements = [...catalogue.values()];
	const reqs = requirementsOf(catalogue, elements);
	if (reqs.length === 0) return out;
	const rows = await queryRows(
		db,
		sql`with req(form, profile, element_id) as (
			  select * from unnest(${pgArray(reqs.map((r) => r.form))}::text[],
			                       ${pgArray(reqs.map((r) => r.profile))}::text[],
			                       ${pgArray(reqs.map((r) => r.elementId))}::int[]))
			select s.id as submission_id, string_agg(req.element_id::text, ',') as missing
			from submissions s
			join units u on u.id = s.unit_id
			join periods p on p.id = s.period_id
			join report_forms rf on rf.id = p.form_id
			join req on req.form = rf.code
			 and req.profile = case when u.type = 'school' then 'school:' || coalesce(u.school_level, '') else u.type end
			where s.id = any(${pgArray([...submissionIds])}::int[])
			  and not exists (select 1 from figures f where f.submission_id = s.id and f.data_element_id = req.element_id)
			group by s.id`,
		(r) => ({ submissionId: col.int(r.submission_id), missing: col.text(r.missing) })
	);
	const byId = new Map(elements.map((e) => [e.id, e]));
	for (const r of rows) {
		const list = r.missing
			.split(',')
			.map((id) => byId.get(Number(id))!)
			.sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
		out.set(r.submissionId, list);
	}
	return out;
}

/** Missing required figure codes of each submission; complete ones are absent from the map. */
export async function loadMissingFigures(
	db: Db,
	submissionIds: readonly number[]
): Promise<Map<number, string[]>> {
	const byId = await loadMissingElements(db, submissionIds);
	return new Map([...byId].map(([id, list]) => [id, list.map((e) => e.code)]));
}

/** Missing required figures of one submission ([] when complete). */
export async function loadMissingFor(db: Db, submissionId: number): Promise<string[]> {
	return (await loadMissingFigures(db, [submissionId])).get(submissionId) ?? [];
}

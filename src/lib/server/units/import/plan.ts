// What a checked school list would change: the tree checked whole (parents, cycles, rights), then
// each row compared with what is stored. Pure. Clusters are not units here (units.type has no
// cluster): a "cluster" row is a group of kind cluster owned by its parent, and a school whose
// parent is a cluster sits in the tree under the cluster's owner and is a member of the cluster.
import type { ImportedUnitType, Ownership, SchoolLevel } from './columns';
import { OPTIONAL_FIELDS, type OptionalField, type UnitRecord } from './parse-rows';
import { unitProblem, type UnitProblem } from './problems';

export type StoredUnit = {
	id: number;
	code: string;
	name: string;
	type: Exclude<ImportedUnitType, 'cluster'>;
	parentCode: string | null;
	path: string;
	schoolLevel: SchoolLevel | null;
	ownership: Ownership | null;
	ministryCode: string | null;
	address: string | null;
	contactPhone: string | null;
	contactName: string | null;
};
export type StoredCluster = { id: number; code: string; name: string; ownerCode: string | null };
export type Stored = {
	units: Map<string, StoredUnit>;
	clusters: Map<string, StoredCluster>;
	/** School code → codes of the (all-year) clusters it belongs to. */
	memberships: Map<string, Set<string>>;
	/** Codes of other groups (communes, custom sets, clusters of one year): not free for a new cluster. */
	otherGroupCodes: Set<string>;
};
export type Scope = { all: boolean; paths: string[] };

export type UnitValues = {
	code: string;
	name: string;
	type: Exclude<ImportedUnitType, 'cluster'>;
	parentCode: string | null;
	schoolLevel: SchoolLevel | null;
	ownership: Ownership | null;
} & Partial<Record<'ministryCode' | 'address' | 'contactPhone' | 'contactName', string | null>>;

export type UnitChange = {
	row: number;
	values: UnitValues;
	before: StoredUnit | null;
	cluster: string | null;
};
export type ClusterChange = {
	row: number;
	code: string;
	name: string;
	ownerCode: string;
	before: StoredCluster | null;
};

export type ImportPlan = {
	problems: UnitProblem[];
	forbidden: boolean;
	counts: { new: number; changed: number; unchanged: number };
	units: UnitChange[];
	clusters: ClusterChange[];
};

const COLUMN_OF: Record<OptionalField, keyof StoredUnit> = {
	ministryCode: 'ministryCode',
	address: 'address',
	phone: 'contactPhone',
	head: 'contactName'
};

const covers = (scope: Scope, path: string, strictly: boolean) =>
	scope.all || scope.paths.some((p) => path.startsWith(p) && (!strictly || path !== p));

export function planUnitImport(records: UnitRecord[], stored: Stored, scope: Scope): ImportPlan {
	const problems: UnitProblem[] = [];
	const inFile = new Map(records.map((r) => [r.code, r]));
	const isCluster = (code: string) =>
		inFile.has(code) ? inFile.get(code)!.type === 'cluster' : stored.clusters.has(code);
	const typeOf = (code: string) => inFile.get(code)?.type ?? stored.units.get(code)?.type ?? null;
	const ownerOf = (cluster: string) =>
		inFile.has(cluster) ? inFile.get(cluster)!.parent : (stored.clusters.get(cluster)?.ownerCode ?? null);

	// The parent in the tree of every unit the file names (a cluster's: its owner).
	const treeParent = new Map<string, string | null>();
	const bad = new Set<string>();
	for (const r of records) {
		const fail = (code: Parameters<typeof unitProblem>[3], column: string, value: string) => {
			problems.push(unitProblem(r.row, column, value, code));
			bad.add(r.code);
		};
		const storedType =
			stored.units.get(r.code)?.type ??
			(stored.clusters.has(r.code) ? 'cluster' : stored.otherGroupCodes.has(r.code) ? 'group' : null);
		if (storedType && storedType !== r.type) {
			fail('type_changed', 'type', r.type);
			continue;
		}
		if (r.type === 'province') {
			if (r.parent) fail('parent_not_allowed', 'parent', r.parent);
			else treeParent.set(r.code, null);
			continue;
		}
		if (!r.parent) {
			fail('parent_required', 'parent', '');
			continue;
		}
		if (r.parent === r.code) {
			fail('cycle', 'parent', r.parent);
			continue;
		}
		const parentType = typeOf(r.parent) ?? (isCluster(r.parent) ? 'cluster' : null);
		if (!parentType) fail('unknown_parent', 'parent', r.parent);
		else if (parentType === 'school') fail('parent_is_school', 'parent', r.parent);
		else if (parentType === 'cluster') {
			const owner = ownerOf(r.parent);
			if (r.type !== 'school' || !owner) fail('cluster_parent', 'parent', r.parent);
			else treeParent.set(r.code, owner);
		} else treeParent.set(r.code, r.parent);
	}

	const parentOf = (code: string) =>
		treeParent.has(code) ? treeParent.get(code)! : (stored.units.get(code)?.parentCode ?? null);
	for (const r of records) {
		if (bad.has(r.code)) continue;
		const seen = new Set([r.code]);
		for (let up = parentOf(r.code); up; up = parentOf(up)) {
			if (seen.has(up)) {
				problems.push(unitProblem(r.row, 'parent', r.parent ?? '', 'cycle'));
				bad.add(r.code);
				break;
			}
			seen.add(up);
		}
	}
	if (problems.length)
		return {
			problems,
			forbidden: false,
			counts: { new: 0, changed: 0, unchanged: 0 },
			units: [],
			clusters: []
		};

	// Rights: where the row ends up must lie under the caller's units, and so must what it was.
	let forbidden = false;
	for (const r of records) {
		let anchor = parentOf(r.code);
		while (anchor && !stored.units.has(anchor)) anchor = parentOf(anchor);
		const before = stored.units.get(r.code);
		const oldOwner = stored.clusters.get(r.code)?.ownerCode;
		const ownerPath = oldOwner ? stored.units.get(oldOwner)?.path : undefined;
		const ok =
			scope.all ||
			(anchor !== null &&
				covers(scope, stored.units.get(anchor)!.path, false) &&
				(!before || covers(scope, before.path, true)) &&
				(!stored.clusters.has(r.code) || (!!ownerPath && covers(scope, ownerPath, false))));
		if (!ok) {
			problems.push(unitProblem(r.row, 'code', r.code, 'forbidden'));
			forbidden = true;
		}
	}
	if (forbidden)
		return { problems, forbidden, counts: { new: 0, changed: 0, unchanged: 0 }, units: [], clusters: [] };

	const counts = { new: 0, changed: 0, unchanged: 0 };
	const units: UnitChange[] = [];
	const clusters: ClusterChange[] = [];
	for (const r of records) {
		if (r.type === 'cluster') {
			const before = stored.clusters.get(r.code) ?? null;
			const change = { row: r.row, code: r.code, name: r.name, ownerCode: r.parent!, before };
			if (!before) counts.new++;
			else if (before.name !== r.name || before.ownerCode !== r.parent) counts.changed++;
			else {
				counts.unchanged++;
				continue;
			}
			clusters.push(change);
			continue;
		}
		const values: UnitValues = {
			code: r.code,
			name: r.name,
			type: r.type,
			parentCode: treeParent.get(r.code) ?? null,
			schoolLevel: r.level,
			ownership: r.ownership
		};
		for (const field of OPTIONAL_FIELDS) {
			if (field in r.optional) (values as Record<string, unknown>)[COLUMN_OF[field]] = r.optional[field];
		}
		const cluster = r.parent && isCluster(r.parent) ? r.parent : null;
		const before = stored.units.get(r.code) ?? null;
		if (!before) counts.new++;
		else if (differs(values, before) || movesCluster(stored, r.code, cluster)) counts.changed++;
		else {
			counts.unchanged++;
			continue;
		}
		units.push({ row: r.row, values, before, cluster });
	}
	return { problems, forbidden, counts, units, clusters };
}

function differs(values: UnitValues, before: StoredUnit): boolean {
	return (Object.keys(values) as (keyof UnitValues)[]).some(
		(k) => (values[k] ?? null) !== ((before as Record<string, unknown>)[k] ?? null)
	);
}

function movesCluster(stored: Stored, school: string, cluster: string | null): boolean {
	if (!cluster) return false;
	const current = stored.memberships.get(school) ?? new Set();
	return !current.has(cluster) || current.size > 1;
}

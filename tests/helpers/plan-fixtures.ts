// What the importer knows of the catalogue and calendar, as unit specs build it by hand.
import type { ElementInfo, PeriodInfo } from '../../src/lib/server/imports/plan';

/** A count asked of primary schools on the year-end form, unless `over` says otherwise. */
export function elementInfo(id: number, code: string, over: Partial<ElementInfo> = {}): ElementInfo {
	return {
		id,
		code,
		nameVi: code,
		nameEn: code,
		valueType: 'count',
		levels: ['TH'],
		unitScope: 'school',
		maxLevel: null,
		forms: ['CUOI_NAM'],
		sortOrder: id,
		...over
	};
}

/** A period of 2025-2026 by its reference, e.g. `2025-2026/CUOI_NAM`; its form is its key. */
export function periodInfo(id: number, ref: string, over: Partial<PeriodInfo> = {}): PeriodInfo {
	const [yearCode, key] = ref.split('/');
	return {
		id,
		ref,
		yearCode,
		key,
		formCode: key,
		status: 'open',
		labelVi: ref,
		labelEn: ref,
		previousId: null,
		...over
	};
}

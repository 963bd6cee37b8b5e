// What a refused unit change says, and on which field of which form: one table for the unit pages.
import type { Locale } from '$lib/i18n/types';
import { refusalFrom, type RefusalEntry } from '../form-errors';
import type { UnitRefusal } from './manage';

const TABLE: Record<UnitRefusal, RefusalEntry> = {
	forbidden: { status: 403, field: 'form', message: 'unitsAdmin.refused.forbidden' },
	code_taken: { status: 400, field: 'code', message: 'unitsAdmin.refused.codeTaken' },
	unknown_parent: { status: 400, field: 'parentCode', message: 'unitsAdmin.refused.unknownParent' },
	parent_school: { status: 400, field: 'parentCode', message: 'unitsAdmin.refused.parentSchool' },
	parent_in_subtree: { status: 400, field: 'parentCode', message: 'unitsAdmin.refused.parentInSubtree' },
	parent_closed: { status: 400, field: 'parentCode', message: 'unitsAdmin.refused.parentClosed' },
	same_parent: { status: 400, field: 'parentCode', message: 'unitsAdmin.refused.sameParent' },
	root: { status: 400, field: 'form', message: 'unitsAdmin.refused.root' },
	closed: { status: 409, field: 'form', message: 'unitsAdmin.refused.closed' },
	not_closed: { status: 409, field: 'form', message: 'unitsAdmin.refused.notClosed' },
	before_opening: { status: 400, field: 'from', message: 'unitsAdmin.refused.beforeOpening' },
	open_children: { status: 409, field: 'from', message: 'unitsAdmin.refused.openChildren' },
	not_school: { status: 400, field: 'intoCode', message: 'unitsAdmin.refused.notSchool' },
	unknown_into: { status: 400, field: 'intoCode', message: 'unitsAdmin.refused.unknownInto' },
	into_self: { status: 400, field: 'intoCode', message: 'unitsAdmin.refused.intoSelf' },
	into_closed: { status: 400, field: 'intoCode', message: 'unitsAdmin.refused.intoClosed' }
};

export function refusalOf(locale: Locale, reason: UnitRefusal) {
	return refusalFrom(TABLE, locale, reason);
}

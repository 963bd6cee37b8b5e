// What a refused unit change says, and on which field of which form: one table for the unit pages.
import type { MessageKey } from '$lib/i18n/catalogue';
import { translate } from '$lib/i18n/translate';
import type { Locale } from '$lib/i18n/types';
import type { UnitRefusal } from './manage';

const TABLE: Record<UnitRefusal, { status: number; field: string; message: MessageKey }> = {
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

export function refusalOf(
	locale: Locale,
	reason: UnitRefusal
): { status: number; errors: Record<string, string> } {
	const r = TABLE[reason];
	return { status: r.status, errors: { [r.field]: translate(locale, r.message) } };
}

// Access rules of adding, renaming, moving, closing and merging units (spread into route-rules.ts).
// Imports types only: route-rules.ts imports this file.
import type { Account, RouteRule } from './route-rules';

/** Who manages units somewhere (administrator; province and district leaders under their unit). */
const UNIT_MANAGERS: readonly Account[] = ['admin', 'province', 'district', 'anlao'];
/** Who manages Hải An's schools: the province above it and Hải An's own leader. */
const HAIAN_MANAGERS: readonly Account[] = ['admin', 'province', 'district'];
const SCHOOL = '/admin/units/HA-TH-CATBI';
/** Refused on purpose once the rights are checked: the demo's tree must stay as it is. */
const INVALID = { status: [400] };

export const unitsAdminRules: RouteRule[] = [
	{ page: '/(app)/admin/units/new', url: '/admin/units/new', allow: UNIT_MANAGERS },
	{
		action: '/(app)/admin/units/new?/default',
		url: '/admin/units/new',
		allow: UNIT_MANAGERS,
		form: { code: 'not a code!', type: 'school', parentCode: 'HAIAN', name: '' },
		ok: INVALID
	},
	{ page: '/(app)/admin/units/[code]', url: SCHOOL, allow: HAIAN_MANAGERS },
	{
		page: '/(app)/admin/units/[code]',
		name: "a district leader's own district (read only for it)",
		url: '/admin/units/HAIAN',
		allow: HAIAN_MANAGERS
	},
	{
		action: '/(app)/admin/units/[code]?/update',
		url: SCHOOL,
		allow: HAIAN_MANAGERS,
		form: { name: '', schoolLevel: 'TH', ownership: 'public' },
		ok: INVALID
	},
	{
		action: '/(app)/admin/units/[code]?/move',
		url: SCHOOL,
		allow: HAIAN_MANAGERS,
		form: { parentCode: 'HAIAN', from: 'not a date' },
		ok: INVALID
	},
	{
		action: '/(app)/admin/units/[code]?/close',
		url: SCHOOL,
		allow: HAIAN_MANAGERS,
		form: { from: 'not a date' },
		ok: INVALID
	},
	{
		action: '/(app)/admin/units/[code]?/reopen',
		url: SCHOOL,
		allow: HAIAN_MANAGERS,
		form: {},
		// The school is open: refused (409) once the rights are checked.
		ok: { status: [409] }
	},
	{
		action: '/(app)/admin/units/[code]?/merge',
		url: SCHOOL,
		allow: HAIAN_MANAGERS,
		form: { intoCode: '', from: 'not a date' },
		ok: INVALID
	}
];

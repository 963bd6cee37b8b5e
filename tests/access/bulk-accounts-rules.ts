// Access rules of the bulk school accounts pages (spread into route-rules.ts).
// Imports types only: route-rules.ts imports this file.
import type { Account, RouteRule } from './route-rules';

const USER_MANAGERS: readonly Account[] = ['admin', 'district', 'anlao'];
const HAIAN_USER_MANAGERS: readonly Account[] = ['admin', 'district'];
const SHEET = JSON.stringify({
	unit: 'Matrix',
	rows: [{ code: 'MX-1', name: 'Matrix school', username: 'mx-1', password: 'aaaa-bbbb-cccc' }]
});

export const bulkAccountsRules: RouteRule[] = [
	{ page: '/(app)/admin/users/bulk', url: '/admin/users/bulk', allow: USER_MANAGERS },
	{
		page: '/(app)/admin/users/bulk',
		name: 'Hải An’s schools (unit code in the query)',
		url: '/admin/users/bulk?unit=HAIAN&level=TH',
		allow: HAIAN_USER_MANAGERS
	},
	{
		page: '/(app)/admin/users/bulk',
		name: 'An Lão’s schools (unit code in the query)',
		url: '/admin/users/bulk?unit=ANLAO',
		allow: ['admin', 'anlao']
	},
	{
		action: '/(app)/admin/users/bulk?/create',
		url: '/admin/users/bulk',
		allow: HAIAN_USER_MANAGERS,
		// The first allowed account creates it; the next finds it and skips it (still a success).
		form: { unit: 'HAIAN', level: 'MN', ownership: 'non_public', school: 'HA-MN-TAINANG' }
	},
	{
		action: '/(app)/admin/users/bulk?/create',
		name: 'An Lão’s schools with none ticked (refused as "nothing chosen" after the access check)',
		url: '/admin/users/bulk',
		allow: ['admin', 'anlao'],
		form: { unit: 'ANLAO', level: '', ownership: '' },
		ok: { status: [400] }
	},
	{
		action: '/(app)/admin/users/bulk?/create',
		name: 'an An Lão school ticked under the An Lão unit (not run for those who may: it would create it)',
		url: '/admin/users/bulk',
		accounts: ['province', 'district', 'inspector', 'school', 'anonymous'],
		allow: [],
		form: { unit: 'ANLAO', level: '', ownership: '', school: 'AL-MN-ANTIEN' }
	},
	{
		endpoint: 'POST /(app)/admin/users/bulk/sheet',
		url: '/admin/users/bulk/sheet',
		allow: USER_MANAGERS,
		form: { sheet: SHEET }
	},
	{ page: '/(app)/admin/users/bulk/print', url: '/admin/users/bulk/print', allow: USER_MANAGERS },
	{
		action: '/(app)/admin/users/bulk/print?/default',
		url: '/admin/users/bulk/print',
		allow: USER_MANAGERS,
		form: { sheet: SHEET }
	}
];

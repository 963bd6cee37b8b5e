// Access rules of the notification routes: the inbox, channel choices, the deliveries page, "Nhắc nộp".
// Imports types only: route-rules.ts imports this file.
import type { Account, RouteRule } from './route-rules';

const SIGNED_IN: readonly Account[] = ['admin', 'province', 'district', 'inspector', 'school', 'anlao'];

export const notificationsRules: RouteRule[] = [
	{ page: '/(app)/inbox', url: '/inbox', allow: SIGNED_IN },
	// Each account marks only its own rows: an id of someone else's row changes nothing.
	{ action: '/(app)/inbox?/read', url: '/inbox', allow: SIGNED_IN, form: { id: '1' } },
	{ action: '/(app)/inbox?/readAll', url: '/inbox', allow: SIGNED_IN, form: {} },
	{ action: '/(app)/inbox?/open', url: '/inbox', allow: SIGNED_IN, form: { id: '1' } },
	{
		action: '/(app)/account?/notifications',
		url: '/account',
		allow: SIGNED_IN,
		form: { on: 'decision:email' }
	},
	{ page: '/(app)/admin/notifications', url: '/admin/notifications?status=failed', allow: ['admin'] },
	{
		action: '/(app)/reporting?/nudge',
		url: '/reporting?unit=HAIAN&year=2024-2025&period=CUOI_NAM',
		allow: ['admin', 'province', 'district'],
		form: { unit: 'HAIAN', year: '2024-2025', period: 'CUOI_NAM', schools: 'HA-TH-THANHTO' }
	},
	// The channels an area requires of its schools: who manages the area's calendar. Saving nothing
	// ticked leaves the demo's (empty) requirements as they are.
	{
		page: '/(app)/reporting/notifications',
		url: '/reporting/notifications?unit=HAIAN',
		allow: ['admin', 'province', 'district']
	},
	{
		page: '/(app)/reporting/notifications',
		name: 'An Lão’s requirements',
		url: '/reporting/notifications?unit=ANLAO',
		allow: ['admin', 'province', 'anlao']
	},
	{
		action: '/(app)/reporting/notifications?/default',
		url: '/reporting/notifications?unit=HAIAN',
		allow: ['admin', 'province', 'district'],
		form: { unit: 'HAIAN' }
	},
	{
		action: '/(app)/reporting/notifications?/default',
		// From Hải An's page (its load lets Hải An's leader in) the action alone must refuse An Lão.
		name: 'An Lão’s requirements posted from Hải An’s page',
		url: '/reporting/notifications?unit=HAIAN',
		allow: ['admin', 'province'],
		form: { unit: 'ANLAO' }
	}
];

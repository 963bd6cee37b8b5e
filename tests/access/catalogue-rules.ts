// Access rules of the catalogue administration (spread into route-rules.ts).
// Imports types only: route-rules.ts imports this file.
import type { Account, RouteRule } from './route-rules';

const ADMIN: readonly Account[] = ['admin'];
/** Refused on purpose once the rights are checked: the demo's catalogue must stay as it is. */
const INVALID = { status: [400] };

export const catalogueRules: RouteRule[] = [
	{ page: '/(app)/admin/catalogue', url: '/admin/catalogue', allow: ADMIN },
	// On the demo database everything standard exists already: loading adds nothing.
	{ action: '/(app)/admin/catalogue?/loadStandard', url: '/admin/catalogue', allow: ADMIN },
	{ page: '/(app)/admin/catalogue/elements/[code]', url: '/admin/catalogue/elements/TH_TS_HS', allow: ADMIN },
	{
		action: '/(app)/admin/catalogue/elements/[code]?/default',
		url: '/admin/catalogue/elements/TH_TS_HS',
		allow: ADMIN,
		form: { code: 'th ts hs', nameVi: '', nameEn: '' },
		ok: INVALID
	},
	{ page: '/(app)/admin/catalogue/indicators/[code]', url: '/admin/catalogue/indicators/new', allow: ADMIN },
	{
		action: '/(app)/admin/catalogue/indicators/[code]?/save',
		url: '/admin/catalogue/indicators/new',
		allow: ADMIN,
		form: { code: 'x', nameVi: '', nameEn: '' },
		ok: INVALID
	},
	{
		action: '/(app)/admin/catalogue/indicators/[code]?/phrases',
		url: '/admin/catalogue/indicators/NO_SUCH_INDICATOR',
		allow: [],
		form: { planPhrases: 'hoàn thành xuất sắc' }
	},
	{
		action: '/(app)/admin/catalogue/indicators/[code]?/preview',
		url: '/admin/catalogue/indicators/TH_TL_HTCTTH',
		allow: ADMIN,
		form: {
			code: 'TH_TL_HTCTTH',
			nameVi: 'Xem thử',
			nameEn: 'Preview',
			group: 'quality',
			levels: 'TH',
			kind: 'rate',
			numerator: 'TH_HS_HTCTTH',
			denominator: 'TH_HS_LOP5',
			element: '',
			atLeast: '',
			direction: 'higher',
			unit: 'percent'
		}
	},
	{ page: '/(app)/admin/catalogue/rules/[id]', url: '/admin/catalogue/rules/new', allow: ADMIN },
	{
		action: '/(app)/admin/catalogue/rules/[id]?/default',
		url: '/admin/catalogue/rules/new',
		allow: ADMIN,
		form: { kind: 'le', left: '', right: '' },
		ok: INVALID
	}
];

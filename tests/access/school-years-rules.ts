// Access rules of the school-year and report-form administration (spread into route-rules.ts).
// Imports types only: route-rules.ts imports this file.
import type { Account, RouteRule } from './route-rules';

const ADMIN: readonly Account[] = ['admin'];
const YEAR = '/admin/school-years/2025-2026';
/** Refused on purpose once the rights are checked: the demo's calendar must stay as it is. */
const INVALID = { status: [400] };

export const schoolYearsRules: RouteRule[] = [
	{ page: '/(app)/admin/school-years', url: '/admin/school-years', allow: ADMIN },
	{ page: '/(app)/admin/school-years/new', url: '/admin/school-years/new', allow: ADMIN },
	{
		action: '/(app)/admin/school-years/new?/default',
		url: '/admin/school-years/new',
		allow: ADMIN,
		form: { code: '2030-2032', startDate: '2030-09-05' },
		ok: INVALID
	},
	{ page: '/(app)/admin/school-years/copy', url: '/admin/school-years/copy', allow: ADMIN },
	{
		page: '/(app)/admin/school-years/copy',
		name: 'the review of a copy',
		url: '/admin/school-years/copy?source=2025-2026&code=2027-2028',
		allow: ADMIN
	},
	{
		action: '/(app)/admin/school-years/copy?/save',
		url: '/admin/school-years/copy?source=2025-2026&code=2027-2028',
		allow: ADMIN,
		form: { source: '2025-2026', code: '2027-2028', startDate: 'x' },
		ok: INVALID
	},
	{ page: '/(app)/admin/school-years/[code]', url: YEAR, allow: ADMIN },
	{
		action: '/(app)/admin/school-years/[code]?/updateYear',
		url: YEAR,
		allow: ADMIN,
		form: { startDate: '2025-09-05', endDate: '2025-01-01' },
		ok: INVALID
	},
	{
		action: '/(app)/admin/school-years/[code]?/addPeriod',
		url: YEAR,
		allow: ADMIN,
		form: { form: 'DAU_NAM', key: 'bad key' },
		ok: INVALID
	},
	{
		action: '/(app)/admin/school-years/[code]?/updatePeriod',
		url: YEAR,
		allow: ADMIN,
		form: { key: 'CUOI_NAM', labelVi: '' },
		ok: INVALID
	},
	{
		action: '/(app)/admin/school-years/[code]?/deletePeriod',
		url: YEAR,
		allow: ADMIN,
		// Schools reported for it: refused with 409 once the rights are checked.
		form: { key: 'CUOI_NAM' },
		ok: { status: [409] }
	},
	{
		action: '/(app)/admin/school-years/[code]?/addMonths',
		url: YEAR,
		allow: ADMIN,
		// Every month is there already: adds none.
		form: { form: 'THANG', schoolDay: '5', districtDay: '10' }
	},
	{
		action: '/(app)/admin/school-years/[code]?/deleteYear',
		url: YEAR,
		allow: ADMIN,
		form: {},
		ok: { status: [409] }
	},
	{ page: '/(app)/admin/report-forms', url: '/admin/report-forms', allow: ADMIN },
	{
		action: '/(app)/admin/report-forms?/create',
		url: '/admin/report-forms',
		allow: ADMIN,
		form: { code: 'x', nameVi: '', nameEn: '', periodType: 'monthly' },
		ok: INVALID
	},
	{
		action: '/(app)/admin/report-forms?/update',
		url: '/admin/report-forms',
		allow: ADMIN,
		form: { code: 'THANG', nameVi: '', nameEn: '', periodType: 'monthly' },
		ok: INVALID
	}
];

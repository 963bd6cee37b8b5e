// Access rules of the plan editor (spread into route-rules.ts). Imports types only from route-rules.ts.
// Writes are harmless: refused inputs (400) after the access check, or a plan that already exists.
import type { Account, RouteRule } from './route-rules';
import { plans as demoPlans } from '../../src/lib/server/demo/data/plans';

const HAIAN_READERS: readonly Account[] = ['admin', 'province', 'district', 'inspector'];
const HAIAN_EDITORS: readonly Account[] = ['admin', 'province', 'district'];
const ANLAO_EDITORS: readonly Account[] = ['admin', 'province', 'anlao'];
const REFUSED = { status: [400] };
const PLAN = '/plans/HAIAN/2024-2025';

/** The demo loads plans in this order with serial ids: the first target of Hải An 2024-2025. */
function firstTargetId(unit: string, year: string): number {
	let id = 1;
	for (const p of demoPlans) {
		if (p.unit === unit && p.schoolYear === year) return id;
		id += p.targets.length;
	}
	throw new Error(`no demo plan ${unit} ${year}`);
}
const TARGET = `${PLAN}/targets/${firstTargetId('HAIAN', '2024-2025')}`;
const OUT_OF_RANGE = { indicator: 'TH_TL_BANTRU', comparator: 'gte', value: '130', scope: 'area' };

export const plansRules: RouteRule[] = [
	{
		page: '/(app)/plans',
		url: '/plans?year=2024-2025',
		allow: ['admin', 'province', 'district', 'inspector', 'school', 'anlao']
	},
	{
		action: '/(app)/plans?/create',
		name: 'a plan Hải An already has (refused after the access check)',
		url: '/plans',
		allow: HAIAN_EDITORS,
		form: { unit: 'HAIAN', year: '2024-2025' },
		ok: REFUSED
	},
	{
		action: '/(app)/plans?/create',
		url: '/plans',
		allow: ['admin', 'province'],
		form: { unit: 'HP', year: '2023-2024' },
		ok: { status: [303, 400] }
	},
	{
		action: '/(app)/plans?/create',
		name: 'An Lão’s plan (unit code in a form field)',
		url: '/plans',
		allow: ANLAO_EDITORS,
		form: { unit: 'ANLAO', year: '2024-2025' },
		ok: REFUSED
	},
	{
		action: '/(app)/plans?/copy',
		url: '/plans',
		allow: HAIAN_EDITORS,
		form: { unit: 'HAIAN', year: '2024-2025' },
		ok: REFUSED
	},
	{
		action: '/(app)/plans?/copy',
		name: 'copying into An Lão’s plan',
		url: '/plans',
		allow: ANLAO_EDITORS,
		form: { unit: 'ANLAO', year: '2024-2025' },
		ok: REFUSED
	},
	{ page: '/(app)/plans/[unit]/[year]', url: PLAN, allow: HAIAN_READERS },
	{
		page: '/(app)/plans/[unit]/[year]',
		name: 'An Lão’s plan',
		url: '/plans/ANLAO/2024-2025',
		allow: ['admin', 'province', 'anlao']
	},
	{ page: '/(app)/plans/[unit]/[year]/targets/new', url: `${PLAN}/targets/new`, allow: HAIAN_EDITORS },
	{
		action: '/(app)/plans/[unit]/[year]/targets/new?/default',
		url: `${PLAN}/targets/new`,
		allow: HAIAN_EDITORS,
		form: OUT_OF_RANGE,
		ok: REFUSED
	},
	{
		action: '/(app)/plans/[unit]/[year]/targets/new?/default',
		name: 'a target for An Lão’s plan',
		url: '/plans/ANLAO/2024-2025/targets/new',
		allow: ANLAO_EDITORS,
		form: OUT_OF_RANGE,
		ok: REFUSED
	},
	{ page: '/(app)/plans/[unit]/[year]/targets/[id]', url: TARGET, allow: HAIAN_EDITORS },
	{
		action: '/(app)/plans/[unit]/[year]/targets/[id]?/update',
		url: TARGET,
		allow: HAIAN_EDITORS,
		form: OUT_OF_RANGE,
		ok: REFUSED
	},
	{
		action: '/(app)/plans/[unit]/[year]/targets/[id]?/update',
		name: 'a Hải An target addressed through An Lão’s plan',
		url: TARGET.replace('HAIAN', 'ANLAO'),
		allow: [],
		form: OUT_OF_RANGE
	},
	{
		action: '/(app)/plans/[unit]/[year]/targets/[id]?/delete',
		name: 'deleting a target (only the accounts that must be refused run: it would succeed)',
		url: TARGET,
		accounts: ['inspector', 'school', 'anlao', 'anonymous'],
		allow: []
	},
	{ page: '/(app)/plans/[unit]/[year]/read', url: `${PLAN}/read`, allow: HAIAN_EDITORS },
	{
		page: '/(app)/plans/[unit]/[year]/read',
		name: 'reading a plan document for An Lão’s plan',
		url: '/plans/ANLAO/2024-2025/read',
		allow: ANLAO_EDITORS
	},
	{
		action: '/(app)/plans/[unit]/[year]/read?/read',
		name: 'reading pasted text (nothing pasted: refused with a message, nothing stored)',
		url: `${PLAN}/read`,
		allow: HAIAN_EDITORS,
		form: { text: '' },
		ok: REFUSED
	},
	{
		action: '/(app)/plans/[unit]/[year]/read?/accept',
		name: 'accepting a proposal of a reading that does not exist',
		url: `${PLAN}/read?r=999999&p=b1-1-1`,
		allow: [],
		form: { indicator: 'TH_TL_HTXS', comparator: 'gte', value: '50' }
	},
	{
		action: '/(app)/plans/[unit]/[year]/read?/reject',
		name: 'rejecting a proposal of a reading that does not exist',
		url: `${PLAN}/read?r=999999&p=b1-1-1`,
		allow: [],
		form: {}
	},
	{ page: '/(app)/plans/[unit]/[year]/grid', url: `${PLAN}/grid?indicator=TH_TL_HTXS`, allow: HAIAN_READERS },
	{
		action: '/(app)/plans/[unit]/[year]/grid?/save',
		url: `${PLAN}/grid?indicator=TH_TL_HTXS`,
		allow: HAIAN_EDITORS,
		form: {
			indicator: 'TH_TL_HTXS',
			comparator: 'range',
			judgedAt: 'CUOI_NAM',
			school: 'HA-TH-CATBI',
			min: '60',
			max: '50'
		},
		ok: REFUSED
	},
	{
		endpoint: 'GET /(app)/plans/[unit]/[year]/export',
		url: `${PLAN}/export?format=csv`,
		allow: HAIAN_READERS
	},
	{
		endpoint: 'GET /(app)/plans/[unit]/[year]/export',
		name: 'An Lão’s targets as Excel',
		url: '/plans/ANLAO/2024-2025/export?format=xlsx',
		allow: ['admin', 'province', 'anlao']
	},
	{ page: '/(app)/plans/[unit]/[year]/import', url: `${PLAN}/import`, allow: HAIAN_EDITORS },
	{
		action: '/(app)/plans/[unit]/[year]/import?/preview',
		name: 'a preview without a file',
		url: `${PLAN}/import`,
		allow: HAIAN_EDITORS,
		form: { mode: 'replace' },
		ok: REFUSED
	},
	{
		action: '/(app)/plans/[unit]/[year]/import?/confirm',
		name: 'a confirmation whose file does not match its checksum',
		url: `${PLAN}/import`,
		allow: HAIAN_EDITORS,
		form: { mode: 'append', fileName: 'a.csv', file: 'YQ==', sha256: '0'.repeat(64) },
		ok: REFUSED
	}
];

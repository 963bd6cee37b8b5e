// Access rules of the dashboards (spread into route-rules.ts). Imports types only from route-rules.ts.
import type { Account, RouteRule } from './route-rules';

const SIGNED_IN: readonly Account[] = ['admin', 'province', 'district', 'inspector', 'school', 'anlao'];
const HAIAN_READERS: readonly Account[] = ['admin', 'province', 'district', 'inspector'];
const ANLAO_READERS: readonly Account[] = ['admin', 'province', 'anlao'];
const PROVINCE_READERS: readonly Account[] = ['admin', 'province'];
const VIEW = 'year=2024-2025&period=CUOI_NAM';

export const dashboardsRules: RouteRule[] = [
	{ page: '/(app)/units', url: '/units', allow: SIGNED_IN },
	{ page: '/(app)/units/[code]', url: `/units/HAIAN?${VIEW}`, allow: HAIAN_READERS },
	{ page: '/(app)/units/[code]', name: 'the province overview', url: '/units/HP', allow: PROVINCE_READERS },
	{
		page: '/(app)/units/[code]',
		name: 'An Lão’s overview',
		url: `/units/ANLAO?${VIEW}`,
		allow: ANLAO_READERS
	},
	{
		page: '/(app)/units/[code]',
		name: 'a school code in the area URL (sent on to the school page)',
		url: '/units/HA-TH-THANHTO',
		allow: [...HAIAN_READERS, 'school']
	},
	{
		page: '/(app)/units/[code]/indicators/[indicator]',
		url: `/units/HAIAN/indicators/TH_TL_HTXS?${VIEW}`,
		allow: HAIAN_READERS
	},
	{
		page: '/(app)/units/[code]/indicators/[indicator]',
		name: 'An Lão’s indicator page',
		url: `/units/ANLAO/indicators/TH_TL_2BUOI?${VIEW}`,
		allow: ANLAO_READERS
	},
	{
		page: '/(app)/schools/[code]',
		url: `/schools/HA-TH-THANHTO?${VIEW}`,
		allow: [...HAIAN_READERS, 'school']
	},
	{
		page: '/(app)/schools/[code]',
		name: 'another Hải An school than the school account’s own',
		url: '/schools/HA-TH-CATBI',
		allow: HAIAN_READERS
	},
	{
		page: '/(app)/schools/[code]',
		name: 'an An Lão school',
		url: '/schools/AL-TH-ANTIEN',
		allow: ANLAO_READERS
	},
	{
		endpoint: 'GET /(app)/units/[code]/export',
		url: `/units/HAIAN/export?table=scorecard&format=csv&${VIEW}`,
		allow: HAIAN_READERS
	},
	{
		endpoint: 'GET /(app)/units/[code]/export',
		name: 'An Lão’s schools as Excel',
		url: `/units/ANLAO/export?table=schools&format=xlsx&${VIEW}`,
		allow: ANLAO_READERS
	},
	{
		endpoint: 'GET /(app)/units/[code]/indicators/[indicator]/export',
		url: `/units/HAIAN/indicators/TH_TL_HTXS/export?table=schools&format=csv&${VIEW}`,
		allow: HAIAN_READERS
	},
	{
		endpoint: 'GET /(app)/schools/[code]/export',
		url: `/schools/HA-TH-THANHTO/export?table=figures&format=csv&${VIEW}`,
		allow: [...HAIAN_READERS, 'school']
	},
	{
		endpoint: 'GET /(app)/schools/[code]/export',
		name: 'another school’s indicators',
		url: `/schools/HA-TH-CATBI/export?table=indicators&format=xlsx&${VIEW}`,
		allow: HAIAN_READERS
	}
];

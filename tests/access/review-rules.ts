// Access rules of the review (comment threads, required explanations) and the explanations page.
// Imports types only: route-rules.ts imports this file.
import type { Account, RouteRule } from './route-rules';

const HAIAN_READERS: readonly Account[] = ['admin', 'province', 'district', 'inspector'];
const HAIAN_REVIEWERS: readonly Account[] = ['admin', 'province', 'district'];

/** Submission 1: Trường Mầm non Cát Bi (Hải An), see reporting-rules.ts. */
export const reviewRules: RouteRule[] = [
	{
		action: '/(app)/submissions/[id]?/comment',
		url: '/submissions/1',
		allow: HAIAN_REVIEWERS,
		form: { code: 'MN_TS_TRE', body: 'Ma trận truy cập: kiểm tra quyền nhận xét' }
	},
	{
		action: '/(app)/submissions/[id]?/require',
		url: '/submissions/1',
		allow: HAIAN_REVIEWERS,
		form: {}
	},
	{
		page: '/(app)/schools/[code]/explanations',
		url: '/schools/HA-TH-THANHTO/explanations',
		allow: [...HAIAN_READERS, 'school']
	},
	{
		// An indicator the school need not explain: refused after the access check (400).
		action: '/(app)/schools/[code]/explanations?/save',
		url: '/schools/HA-TH-THANHTO/explanations',
		allow: ['admin', 'district', 'school'],
		form: {
			year: '2024-2025',
			period: 'CUOI_NAM',
			indicator: 'NO_SUCH_INDICATOR',
			cause: 'Ma trận truy cập',
			measures: 'Ma trận truy cập',
			expectedDate: ''
		},
		ok: { status: [400] }
	}
];

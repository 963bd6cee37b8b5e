// Access rules of the reporting, workflow and inspection routes (spread into route-rules.ts).
// Imports types only: route-rules.ts imports this file.
import type { Account, RouteRule } from './route-rules';

const HAIAN_READERS: readonly Account[] = ['admin', 'province', 'district', 'inspector'];
const HAIAN_CALENDAR: readonly Account[] = ['admin', 'province', 'district'];
const HAIAN_REVIEWERS: readonly Account[] = ['admin', 'province', 'district'];
const FINDING_RECORDERS: readonly Account[] = ['admin', 'inspector'];
/** Inspectors and those who manage the area's calendar plan the year's inspection visits. */
const VISIT_PLANNERS: readonly Account[] = ['admin', 'province', 'district', 'inspector'];
const PERIOD = 'unit=HAIAN&year=2024-2025&period=CUOI_NAM';

/**
 * Submission 1 is the demo's first record: Trường Mầm non Cát Bi (Hải An), 2023-2024, approved.
 * Acting on it is harmless: every decision meets the wrong status (409) once rights are checked.
 * Finding 1 is the first finding recorded (by the create rule below, or by the reporting e2e
 * test): either way on a Hải An school other than the demo school account's.
 */
export const reportingRules: RouteRule[] = [
	// ── completeness board, calendar, exports ────────────────────────────────────
	{ page: '/(app)/reporting', url: `/reporting?${PERIOD}`, allow: HAIAN_READERS },
	{
		page: '/(app)/reporting',
		name: 'a school looking at its own completeness (the default area)',
		url: '/reporting',
		allow: ['admin', 'province', 'district', 'inspector', 'school', 'anlao']
	},
	{
		page: '/(app)/reporting',
		name: 'An Lão’s board',
		url: '/reporting?unit=ANLAO',
		allow: ['admin', 'province', 'anlao']
	},
	{
		action: '/(app)/reporting?/approve',
		url: `/reporting?${PERIOD}`,
		allow: HAIAN_REVIEWERS,
		form: { ids: '1:1' }
	},
	{
		action: '/(app)/reporting?/sendRollup',
		url: `/reporting?${PERIOD}`,
		allow: ['admin', 'district'],
		form: { unit: 'HAIAN', year: '2023-2024', period: 'DAU_NAM' }
	},
	{ page: '/(app)/reporting/calendar', url: '/reporting/calendar?unit=HAIAN', allow: HAIAN_CALENDAR },
	{
		action: '/(app)/reporting/calendar?/close',
		url: '/reporting/calendar?unit=HAIAN',
		allow: HAIAN_CALENDAR,
		form: { unit: 'HAIAN', year: '2023-2024', period: '2023-09' }
	},
	{
		action: '/(app)/reporting/calendar?/open',
		url: '/reporting/calendar?unit=HAIAN',
		allow: HAIAN_CALENDAR,
		form: { unit: 'HAIAN', year: '2023-2024', period: '2023-09' }
	},
	{
		action: '/(app)/reporting/calendar?/grant',
		url: '/reporting/calendar?unit=HAIAN',
		allow: HAIAN_CALENDAR,
		// The period is open for the school: refused with 400 once the rights are checked.
		form: { year: '2023-2024', period: '2023-10', school: 'HA-TH-CATBI', reason: 'Ma trận quyền truy cập' },
		ok: { status: [400] }
	},
	{
		action: '/(app)/reporting/calendar?/revoke',
		url: '/reporting/calendar?unit=HAIAN',
		allow: HAIAN_CALENDAR,
		// No such exception: 404 once the rights are checked.
		form: { year: '2023-2024', period: '2023-10', school: 'HA-TH-CATBI' },
		ok: { status: [404] }
	},
	{
		endpoint: 'GET /(app)/reporting/missing.xlsx',
		url: `/reporting/missing.xlsx?${PERIOD}`,
		allow: HAIAN_READERS
	},
	{
		endpoint: 'GET /(app)/reporting/upward.csv',
		url: `/reporting/upward.csv?${PERIOD}`,
		allow: HAIAN_READERS
	},

	// ── a submission and its timeline ────────────────────────────────────────────
	{ page: '/(app)/submissions/[id]', url: '/submissions/1', allow: HAIAN_READERS },
	{
		action: '/(app)/submissions/[id]?/transition',
		url: '/submissions/1',
		allow: HAIAN_REVIEWERS,
		form: { action: 'approve' },
		ok: { status: [409] }
	},
	{
		endpoint: 'POST /api/submissions/[id]/transitions',
		url: '/api/submissions/1/transitions',
		allow: HAIAN_REVIEWERS,
		json: { action: 'approve' },
		ok: { status: [409] }
	},
	{ endpoint: 'GET /api/completeness', url: `/api/completeness?${PERIOD}`, allow: HAIAN_READERS },
	{
		endpoint: 'GET /api/completeness',
		name: 'a school asking for its own completeness',
		url: '/api/completeness?unit=HA-TH-THANHTO&year=2024-2025&period=CUOI_NAM',
		allow: [...HAIAN_READERS, 'school']
	},

	// ── the inspector's worklist and findings ────────────────────────────────────
	{ page: '/(app)/inspection', url: `/inspection?${PERIOD}`, allow: HAIAN_READERS },
	{ page: '/(app)/inspection/print', url: `/inspection/print?${PERIOD}`, allow: HAIAN_READERS },
	{
		endpoint: 'GET /(app)/inspection/worklist.xlsx',
		url: `/inspection/worklist.xlsx?${PERIOD}`,
		allow: HAIAN_READERS
	},
	{ page: '/(app)/inspection/findings', url: '/inspection/findings?unit=HAIAN', allow: HAIAN_READERS },
	{
		page: '/(app)/inspection/findings',
		name: 'the school’s own findings',
		url: '/inspection/findings?unit=HA-TH-THANHTO',
		allow: [...HAIAN_READERS, 'school']
	},
	{
		action: '/(app)/inspection/findings?/create',
		url: '/inspection/findings?unit=HAIAN',
		allow: FINDING_RECORDERS,
		form: {
			school: 'HA-TH-CATBI',
			visitDate: '2025-03-10',
			text: 'Kiểm tra của ma trận quyền truy cập',
			followUpDue: ''
		}
	},
	{ page: '/(app)/inspection/findings/[id]', url: '/inspection/findings/1', allow: HAIAN_READERS },
	{
		action: '/(app)/inspection/findings/[id]?/update',
		url: '/inspection/findings/1',
		allow: FINDING_RECORDERS,
		form: {
			visitDate: '2025-03-10',
			text: 'Kiểm tra của ma trận quyền truy cập (sửa)',
			followUpDue: '2025-04-10'
		}
	},
	{
		action: '/(app)/inspection/findings/[id]?/close',
		url: '/inspection/findings/1',
		allow: FINDING_RECORDERS
	},
	{
		action: '/(app)/inspection/findings/[id]?/reopen',
		url: '/inspection/findings/1',
		allow: FINDING_RECORDERS
	},
	// Finding 1 is on a school other than the demo school account's: only the administrator answers for it.
	{
		action: '/(app)/inspection/findings/[id]?/respond',
		url: '/inspection/findings/1',
		allow: ['admin'],
		form: { response: 'Phản hồi của ma trận quyền truy cập' }
	},
	{
		action: '/(app)/inspection/findings/[id]?/attach',
		url: '/inspection/findings/1',
		allow: FINDING_RECORDERS,
		multipart: {
			file: { name: 'bien-ban.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') }
		}
	},
	// ── the year's inspection schedule (visit 1: made by the create rule, on a Hải An school) ──
	{
		page: '/(app)/inspection/schedule',
		url: '/inspection/schedule?unit=HAIAN&year=2024-2025',
		allow: HAIAN_READERS
	},
	{
		page: '/(app)/inspection/schedule',
		name: 'a school’s own planned visits',
		url: '/inspection/schedule?unit=HA-TH-THANHTO',
		allow: [...HAIAN_READERS, 'school']
	},
	{
		action: '/(app)/inspection/schedule?/create',
		url: '/inspection/schedule?unit=HAIAN&year=2024-2025',
		allow: VISIT_PLANNERS,
		form: { school: 'HA-TH-CATBI', startDate: '2025-03-20', endDate: '2025-03-21', note: 'Ma trận quyền' }
	},
	{ page: '/(app)/inspection/schedule/[id]', url: '/inspection/schedule/1', allow: HAIAN_READERS },
	{
		action: '/(app)/inspection/schedule/[id]?/update',
		url: '/inspection/schedule/1',
		allow: VISIT_PLANNERS,
		form: { startDate: '2025-03-22', endDate: '', note: 'Ma trận quyền (sửa)' }
	},
	{
		action: '/(app)/inspection/schedule/[id]?/delete',
		url: '/inspection/schedule/1',
		allow: ['admin'],
		// Only the administrator deletes (last), so that the refusals are about rights, not a missing visit.
		accounts: ['school', 'anlao', 'anonymous', 'admin']
	},
	// Attachment ids are random: the matrix checks that a stranger cannot tell a missing file from a
	// hidden one; tests/integration/inspection-follow-up.spec.ts serves real ones.
	{
		endpoint: 'GET /(app)/inspection/findings/[id]/attachments/[attachment]',
		url: '/inspection/findings/1/attachments/00000000-0000-4000-8000-000000000000',
		allow: HAIAN_READERS,
		ok: { status: [404] }
	}
];

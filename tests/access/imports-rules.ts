// Access rules of the figures import routes (spread into route-rules.ts).
// Imports types only: route-rules.ts imports this file.
import type { Account, RouteRule } from './route-rules';

/** Who may submit figures for Hải An's demo school (HA-TH-THANHTO). */
const HA_SCHOOL_SUBMITTERS: readonly Account[] = ['admin', 'district', 'school'];
/** Who may submit figures somewhere (the upload page). */
const SUBMITTERS: readonly Account[] = ['admin', 'district', 'school', 'anlao'];
const PERIOD = '2025-2026%2FCUOI_NAM';

export const importsRules: RouteRule[] = [
	{ page: '/(app)/imports', url: '/imports', allow: SUBMITTERS },
	{
		action: '/(app)/imports?/check',
		url: '/imports',
		allow: SUBMITTERS,
		form: { period: '' },
		// No file in the form: refused (400) once the rights are checked.
		ok: { status: [400] }
	},
	{
		action: '/(app)/imports?/store',
		url: '/imports',
		allow: SUBMITTERS,
		form: { token: 'not-a-token' },
		// An unknown or expired check: "choose the file again" (400).
		ok: { status: [400] }
	},
	{
		endpoint: 'GET /(app)/imports/failed-rows',
		name: 'failed rows of a check that is not the user’s (tokens are per user)',
		url: '/imports/failed-rows?token=not-a-token',
		allow: []
	},
	{
		endpoint: 'POST /api/imports',
		url: '/api/imports?dryRun=true',
		allow: SUBMITTERS,
		form: { period: '' },
		// Not a multipart upload with a file: 400 once the rights are checked.
		ok: { status: [400] }
	},
	{
		endpoint: 'GET /api/imports/template',
		url: `/api/imports/template?unit=HA-TH-THANHTO&period=${PERIOD}&format=csv`,
		allow: HA_SCHOOL_SUBMITTERS
	},
	{
		endpoint: 'GET /api/imports/template',
		name: 'a template for all of Hải An’s schools',
		url: `/api/imports/template?unit=HAIAN&period=${PERIOD}&format=xlsx`,
		allow: ['admin', 'district']
	},
	{
		endpoint: 'GET /api/imports/template',
		name: 'a template for an An Lão school',
		url: `/api/imports/template?unit=AL-TH-ANTIEN&period=${PERIOD}&format=long`,
		allow: ['admin', 'anlao']
	},
	{
		endpoint: 'GET /api/figures',
		url: '/api/figures?school=HA-TH-THANHTO&period=2024-2025%2FCUOI_NAM',
		allow: ['admin', 'province', 'district', 'inspector', 'school']
	},
	{
		endpoint: 'GET /api/figures',
		name: 'an An Lão school’s figures',
		url: '/api/figures?school=AL-TH-ANTIEN&period=2024-2025%2FCUOI_NAM',
		allow: ['admin', 'province', 'anlao']
	},
	{
		endpoint: 'GET /api/uploads/[id]/file',
		name: 'an upload that does not exist (real downloads: tests/e2e/imports.test.ts)',
		url: '/api/uploads/00000000-0000-0000-0000-000000000000/file',
		allow: []
	},
	{
		page: '/(app)/schools/[code]/entry',
		url: `/schools/HA-TH-THANHTO/entry?period=${PERIOD}`,
		allow: HA_SCHOOL_SUBMITTERS
	},
	{
		page: '/(app)/schools/[code]/entry',
		name: 'an An Lão school’s entry form',
		url: `/schools/AL-TH-ANTIEN/entry?period=${PERIOD}`,
		allow: ['admin', 'anlao']
	},
	{
		action: '/(app)/schools/[code]/entry?/save',
		url: `/schools/HA-TH-THANHTO/entry?period=${PERIOD}`,
		allow: HA_SCHOOL_SUBMITTERS,
		// No values filled in: nothing to store, answered "nothing changed".
		form: { period: '2025-2026/CUOI_NAM' }
	}
];

// Access rules of the setup checklist and the school-list import (spread into route-rules.ts).
// Imports types only: route-rules.ts imports this file.
import type { Account, RouteRule } from './route-rules';

/** Who manages units somewhere (administrator; province and district leaders under their unit). */
const UNIT_MANAGERS: readonly Account[] = ['admin', 'province', 'district', 'anlao'];

const anLaoSchool = {
	file: {
		name: 'don-vi.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			'Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên,Cấp học,Loại hình\r\n' +
				'AL-TH-MATRIX,Trường TH Ma trận,Trường,ANLAO,Tiểu học,Công lập\r\n'
		)
	}
};

export const setupRules: RouteRule[] = [
	/** Only the administrator sees the checklist (the demo is fully set up: it just lists the steps). */
	{ page: '/(app)/admin/setup', url: '/admin/setup', allow: ['admin'] },
	{
		action: '/(app)/admin/setup?/check',
		url: '/admin/setup',
		allow: ['admin'],
		form: { note: '' },
		// No file: refused (400) once the rights are checked.
		ok: { status: [400] }
	},
	{
		action: '/(app)/admin/setup?/store',
		url: '/admin/setup',
		allow: ['admin'],
		form: { token: 'not-a-token' },
		// An unknown or expired check: "send the file again" (400).
		ok: { status: [400] }
	},
	{
		endpoint: 'GET /(app)/admin/setup/workbook',
		url: '/admin/setup/workbook?unit=ANLAO',
		allow: ['admin']
	},
	{ page: '/(app)/admin/units', url: '/admin/units', allow: UNIT_MANAGERS },
	{
		action: '/(app)/admin/units?/check',
		url: '/admin/units',
		allow: UNIT_MANAGERS,
		form: { note: '' },
		// No file: refused (400) once the rights are checked.
		ok: { status: [400] }
	},
	{
		action: '/(app)/admin/units?/store',
		url: '/admin/units',
		allow: UNIT_MANAGERS,
		form: { token: 'not-a-token' },
		// An unknown or expired check: "send the file again" (400).
		ok: { status: [400] }
	},
	{
		endpoint: 'POST /api/units/import',
		url: '/api/units/import?dryRun=true',
		allow: UNIT_MANAGERS,
		form: { note: '' },
		ok: { status: [400] }
	},
	{
		endpoint: 'POST /api/units/import',
		name: 'a new school under An Lão (checked only: dryRun)',
		url: '/api/units/import?dryRun=true',
		allow: ['admin', 'province', 'anlao'],
		multipart: anLaoSchool
	},
	{
		endpoint: 'GET /api/units/import/template',
		url: '/api/units/import/template?format=csv',
		allow: UNIT_MANAGERS
	}
];

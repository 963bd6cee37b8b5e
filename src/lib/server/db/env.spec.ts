import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { env } from './env';

describe('env', () => {
	it('gives the documented defaults for an empty environment', () => {
		expect(env({})).toEqual({
			databaseUrl: undefined,
			dataDir: path.resolve('data/pglite'),
			migrationsDir: path.resolve('drizzle'),
			migrateOnStart: true,
			seedDemo: 'auto',
			sessionIdleDays: 7,
			evaluationCache: true,
			origin: undefined,
			notificationsSeconds: 30,
			housekeepingMinutes: 10,
			sofficePath: 'soffice',
			reminders: { leads: [3, 1], overdueCap: 5 },
			channels: { smtp: null, zalo: null, sms: null }
		});
	});

	it('reads the jobs, the reminders and each notification channel', () => {
		const s = env({
			NOTIFICATIONS_SECONDS: '0',
			HOUSEKEEPING_MINUTES: 'soon',
			NOTIFY_DEADLINE_DAYS: '7, 2,x,99',
			NOTIFY_OVERDUE_CAP: '-3',
			SMTP_HOST: 'mail.example.vn',
			SMTP_SECURE: 'true',
			SMTP_USER: 'chitieu',
			ZALO_API_URL: 'https://zalo.example/send',
			ZALO_ACCESS_TOKEN: 't',
			ZALO_TEMPLATE_DEADLINE_SOON: '11',
			ZALO_TEMPLATE_DEFAULT: '99',
			SMS_API_KEY: 'k'
		});
		expect(s).toMatchObject({
			notificationsSeconds: 0,
			housekeepingMinutes: 10,
			reminders: { leads: [7, 2], overdueCap: 5 }
		});
		expect(s.channels).toEqual({
			smtp: { host: 'mail.example.vn', port: 465, secure: true, user: 'chitieu', pass: '', from: 'chitieu' },
			zalo: {
				url: 'https://zalo.example/send',
				token: 't',
				templates: { deadline_soon: '11', default: '99' }
			},
			sms: null
		});
	});

	it('reads each variable, and falls back on a value it cannot use', () => {
		const s = env({
			DATABASE_URL: ' postgres://x/y ',
			MIGRATIONS_DIR: '/srv/m',
			MIGRATE_ON_START: 'false',
			DEMO_SEED: 'NEVER',
			SESSION_IDLE_DAYS: '2',
			EVALUATION_CACHE: 'off'
		});
		expect(s).toMatchObject({
			databaseUrl: 'postgres://x/y',
			migrationsDir: '/srv/m',
			migrateOnStart: false,
			seedDemo: 'never',
			sessionIdleDays: 2,
			evaluationCache: false
		});
		expect(env({ SESSION_IDLE_DAYS: '-1', DEMO_SEED: 'sometimes' })).toMatchObject({
			sessionIdleDays: 7,
			seedDemo: 'auto'
		});
	});
});

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
			evaluationCache: true
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

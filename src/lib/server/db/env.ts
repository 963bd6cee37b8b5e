// The one reader of the server's environment (README "Environment variables"): read at the moment
// of use, so scripts and tests may set a variable before calling.
import path from 'node:path';

export type Settings = {
	databaseUrl: string | undefined;
	dataDir: string;
	migrationsDir: string;
	migrateOnStart: boolean;
	seedDemo: 'auto' | 'always' | 'never';
	/** A session unused this long ends. */
	sessionIdleDays: number;
	/** `false` (EVALUATION_CACHE=off): every evaluation computes, for bench:evaluate. */
	evaluationCache: boolean;
};

function positive(text: string | undefined, fallback: number): number {
	const n = Number(text ?? fallback);
	return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function env(source: NodeJS.ProcessEnv = process.env): Settings {
	const databaseUrl = source.DATABASE_URL?.trim() || undefined;
	const seed = (source.DEMO_SEED ?? 'auto').toLowerCase();
	return {
		databaseUrl,
		dataDir: path.resolve(source.DATA_DIR ?? 'data/pglite'),
		migrationsDir: path.resolve(source.MIGRATIONS_DIR ?? 'drizzle'),
		migrateOnStart: source.MIGRATE_ON_START !== 'false',
		seedDemo: seed === 'always' || seed === 'never' ? seed : 'auto',
		sessionIdleDays: positive(source.SESSION_IDLE_DAYS, 7),
		evaluationCache: source.EVALUATION_CACHE !== 'off'
	};
}

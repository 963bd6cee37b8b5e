import path from 'node:path';

export type DbSettings = {
	databaseUrl: string | undefined;
	dataDir: string;
	migrateOnStart: boolean;
	seedDemo: 'auto' | 'always' | 'never';
};

export function env(source: NodeJS.ProcessEnv = process.env): DbSettings {
	const databaseUrl = source.DATABASE_URL?.trim() || undefined;
	const seed = (source.DEMO_SEED ?? 'auto').toLowerCase();
	return {
		databaseUrl,
		dataDir: path.resolve(source.DATA_DIR ?? 'data/pglite'),
		migrateOnStart: source.MIGRATE_ON_START !== 'false',
		seedDemo: seed === 'always' || seed === 'never' ? seed : 'auto'
	};
}

import { getHandle } from '../src/lib/server/db/index';
import { migrateDatabase } from '../src/lib/server/db/client';
import { countMigrations } from '../src/lib/server/db/client';

process.env.MIGRATE_ON_START = 'false';
const handle = await getHandle();
await migrateDatabase(handle);
console.log(`Migrations applied on ${handle.kind}: ${await countMigrations(handle.db)}`);
await handle.close();

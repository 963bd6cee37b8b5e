import { getHandle } from '../src/lib/server/db/index';
import { ensureDemoData } from '../src/lib/server/demo/ensure';
import { env } from '../src/lib/server/db/env';

const handle = await getHandle();
const loaded = await ensureDemoData(handle, { ...env(), seedDemo: 'always' });
if (!loaded) console.log('The database already has units: nothing loaded.');
await handle.close();

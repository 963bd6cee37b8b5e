// npm run seed:scale -- --schools 2000 --years 3  (into DATABASE_URL, or the embedded database)
import { parseArgs } from 'node:util';
import { getHandle } from '../src/lib/server/db/index';
import { seedScale } from '../src/lib/server/demo/seed-scale';

const { values } = parseArgs({
	options: { schools: { type: 'string', default: '2000' }, years: { type: 'string', default: '3' } }
});
process.env.DEMO_SEED = 'never';
const handle = await getHandle();
const started = Date.now();
const result = await seedScale(handle, {
	schools: Number(values.schools),
	years: Number(values.years),
	log: (line) => console.log(line)
});
console.log(
	`Scale province ${result.provinceCode}: ${result.units} units, ${result.figures} figures, ${result.years.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`
);
await handle.close();

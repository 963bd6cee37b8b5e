// npm run bench -- <import|evaluate|pages>: runs bench/<name>.ts, which prints its own figures.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const names = readdirSync(here)
	.filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.includes('-'))
	.map((f) => f.replace(/\.ts$/, ''));
const [name, ...rest] = process.argv.slice(2);
if (!name || !existsSync(path.join(here, `${name}.ts`))) {
	console.log(`usage: npm run bench -- <${names.join('|')}> [options]`);
	process.exit(name ? 1 : 0);
}
const result = spawnSync('npx', ['tsx', path.join(here, `${name}.ts`), ...rest], { stdio: 'inherit' });
process.exit(result.status ?? 1);

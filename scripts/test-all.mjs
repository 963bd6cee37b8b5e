// `npm test`: formatting, lint, types, unit + integration (vitest), build, end-to-end (Playwright).
// Prints one closing line "N passed, N failed" over vitest and Playwright.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);
// Playwright empties test-results/ when it starts, so the reports live beside it.
const out = path.join(root, 'test-reports');
mkdirSync(out, { recursive: true });
const only = process.argv.slice(2);

function run(name, cmd, args, env = {}) {
	if (only.length && !only.includes(name)) return true;
	console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
	const started = Date.now();
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	console.log(
		`◀ ${name}: ${r.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`
	);
	return r.status === 0;
}

const vitestJson = path.join(out, 'vitest.json');
const playwrightJson = path.join(out, 'playwright.json');
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

const steps = [
	['sync', 'npx', ['svelte-kit', 'sync']],
	['format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']],
	['lint', 'npx', ['eslint', '.']],
	[
		'types',
		'npx',
		['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']
	],
	[
		'vitest',
		'npx',
		['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]
	],
	['build', 'npx', ['vite', 'build', '--logLevel', 'warn']],
	['e2e', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson }]
];

const failedSteps = [];
for (const [name, cmd, args, env] of steps) {
	if (!run(name, cmd, args, env)) failedSteps.push(name);
}

let passed = 0;
let failed = 0;
// CI keeps only the tail of the log: the failures are repeated here, after the summary line's inputs.
const failures = [];
function describeFailure(file, title, message = '') {
	const first = message
		.replace(new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'), '')
		.split('\n')
		.slice(0, 6)
		.join('\n    ');
	return `✗ ${path.relative(process.cwd(), file)} › ${title}\n    ${first}`;
}
function collectPlaywrightFailures(suites) {
	for (const suite of suites) {
		for (const spec of suite.specs ?? [])
			if (!spec.ok) {
				const result = spec.tests?.flatMap((t) => t.results ?? []).find((x) => x.error);
				failures.push(describeFailure(spec.file ?? suite.file ?? '', spec.title, result?.error?.message));
			}
		collectPlaywrightFailures(suite.suites ?? []);
	}
}
if (existsSync(vitestJson)) {
	const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
	passed += r.numPassedTests ?? 0;
	failed += r.numFailedTests ?? 0;
	for (const file of r.testResults ?? [])
		for (const t of file.assertionResults ?? [])
			if (t.status === 'failed')
				failures.push(describeFailure(file.name, t.fullName, t.failureMessages?.[0]));
}
if (existsSync(playwrightJson)) {
	const r = JSON.parse(readFileSync(playwrightJson, 'utf8'));
	passed += r.stats?.expected ?? 0;
	failed += (r.stats?.unexpected ?? 0) + (r.stats?.flaky ?? 0);
	collectPlaywrightFailures(r.suites ?? []);
}
failed += failedSteps.filter((s) => s !== 'vitest' && s !== 'e2e').length;
if (failures.length) console.log(`\nFailed tests:\n${failures.join('\n')}`);
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);

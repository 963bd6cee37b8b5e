import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const dataDir = process.env.E2E_DATA_DIR ?? `/tmp/chitieu-e2e-${process.pid}`;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	reporter: [
		['list'],
		['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/playwright.json' }]
	],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		locale: 'vi-VN',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		// The built app on a fresh embedded database (the demo loads on first start).
		command: `rm -rf ${dataDir} && node build`,
		url: `http://127.0.0.1:${port}/api/health`,
		timeout: 180_000,
		reuseExistingServer: false,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			DATA_DIR: dataDir,
			// E2E_DATABASE_URL: run against PostgreSQL instead (an empty database; the demo is loaded).
			DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
			DEMO_SEED: process.env.E2E_DATABASE_URL ? 'always' : 'auto',
			BODY_SIZE_LIMIT: '25M'
		}
	}
});

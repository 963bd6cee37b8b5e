import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { host: '127.0.0.1' },
	test: {
		include: ['src/**/*.spec.ts', 'tests/integration/**/*.spec.ts', 'tests/access/**/*.spec.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		pool: 'forks',
		globalSetup: ['tests/setup/global-setup.ts']
	}
});

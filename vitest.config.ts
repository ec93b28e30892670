import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		// The example shop is built once per run, before the first test file (test/global-setup.ts).
		globalSetup: ['test/global-setup.ts'],
		// Build and browser tests run real builds; two cores is the machine we plan for.
		testTimeout: 120_000,
		hookTimeout: 300_000,
		// Build tests share Astro's caches under node_modules/.astro: one file at a time.
		fileParallelism: false,
	},
});

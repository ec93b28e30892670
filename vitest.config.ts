import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		// Build and browser tests run real builds; two cores is the machine we plan for.
		testTimeout: 120_000,
		hookTimeout: 300_000,
		// Build tests share Astro's caches under node_modules/.astro: one file at a time.
		fileParallelism: false,
	},
});

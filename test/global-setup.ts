// Builds the example shop in content/ once per test run, before any test file starts, and tells
// the suites where it is (inject('exampleSite')). A failed build stops the run with its output.
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildShop, projectRoot, testOutput } from './helpers/build.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		exampleSite: string;
	}
}

export default function setup(project: TestProject): void {
	// Unit tests need no site: `npx vitest run test/unit` (or a file there) skips the build.
	const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-') && arg !== 'run');
	if (filters.length > 0 && filters.every((filter) => filter.includes('test/unit'))) return;
	const started = performance.now();
	const build = buildShop(join(projectRoot, 'content'), testOutput('example'));
	if (build.status !== 0) throw new Error(`The example shop did not build:\n${build.stdout}\n${build.stderr}`);
	console.log(`Built the example shop for the tests in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
	project.provide('exampleSite', build.outDir);
}

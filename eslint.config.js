// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ ignores: ['dist/', '**/.astro/', 'node_modules/', 'test/.output/', 'listing-images/', 'bench/.out/', '*.partial/', '*.old/'] },
	js.configs.recommended,
	...tseslint.configs.strict,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// Non-null assertions mark lookups the content check has already guaranteed.
			'@typescript-eslint/no-non-null-assertion': 'off',
			// Node runs the scripts' TypeScript itself, and it resolves a module only by its full name.
			'no-restricted-imports': ['error', {
				patterns: [{
					regex: String.raw`^\.{1,2}/(?!.*\.(?:ts|mjs|js|json|astro|css|yaml)$)`,
					message: 'Import a relative module by its file name with the extension (./module.ts, ./folder/index.ts): Node loads the scripts without a bundler.',
				}],
			}],
		},
	},
);

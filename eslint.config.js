// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const BY_FILE_NAME = 'Import a relative module by its file name (./module.ts, ./folder/index.ts): Node loads the scripts without a bundler.';

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
			// Node runs the scripts' TypeScript itself and resolves a module only by its exact file
			// name, where TypeScript and Vite would also accept `./module`, `./folder` or `./module.js`.
			'no-restricted-imports': ['error', {
				patterns: [{
					regex: String.raw`^\.{1,2}(?:/(?!.*\.(?:ts|json|astro|css)$).*)?$`,
					caseSensitive: true,
					message: BY_FILE_NAME,
				}],
			}],
			'no-restricted-syntax': ['error', {
				selector: 'ImportExpression > Literal[value=/^[.]/]:not([value=/[.](ts|json)$/])',
				message: BY_FILE_NAME,
			}],
		},
	},
);

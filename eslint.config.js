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
		},
	},
);

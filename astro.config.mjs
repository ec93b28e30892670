// @ts-check
// You should not need to edit this file: everything about your shop lives in content/.
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { aftercare } from './src/integration/index.ts';

export default defineConfig({
	// Filled in from `url` in content/shop.yaml by the aftercare integration.
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [aftercare(), mdx(), sitemap({ filter: (page) => !/\/(go|saved-replies)\//.test(page) })],
	devToolbar: { enabled: false },
	prefetch: false,
});

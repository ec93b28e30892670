// @ts-check
// The floor for `npm run bench`: the same MDX articles built by bare Astro + MDX with one minimal
// layout, then indexed by Pagefind. What Aftercare costs is measured against this.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [mdx()],
	// The same page concurrency as Aftercare's config, so the ratio measures what our pages, checks
	// and search cost rather than a setting the floor could use too.
	build: { concurrency: 8 },
	devToolbar: { enabled: false },
	vite: {
		build: {
			rolldownOptions: {
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
});

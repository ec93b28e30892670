// @ts-check
// The floor for `npm run bench`: the same MDX articles built by bare Astro + MDX with one minimal
// layout, then indexed by Pagefind. What Aftercare costs is measured against this.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [mdx()],
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

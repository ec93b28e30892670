// @ts-check
// The floor for `npm run bench`: the same MDX articles built by bare Astro + MDX with one minimal
// layout, then indexed by Pagefind. What Aftercare costs is measured against this.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [mdx()],
	// Astro's default settings: the floor is bare Astro. Aftercare renders eight pages at a time
	// (build.concurrency); given the same setting, this floor built 3000 articles 0.5 to 1 s faster.
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

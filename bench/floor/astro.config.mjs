// @ts-check
// The floor for `npm run bench`: the same MDX articles built by bare Astro + MDX with one minimal
// layout, then indexed by Pagefind. What Aftercare costs is measured against this.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [mdx()],
	// Bare Astro at Aftercare's setting: astro.config.mjs renders eight pages at a time, which any
	// Astro site can do, so the floor does too and the ratio is only what Aftercare adds.
	// `npm run bench` refuses to run while the two differ.
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

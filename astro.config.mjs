// @ts-check
// You should not need to edit this file: everything about your shop lives in content/.
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { aftercare } from './src/integration/index.ts';
import { markdownProcessor } from './src/markdown/processor.ts';
import { shikiConfig } from './src/markdown/code-theme.ts';
import { sitemapExcludes } from './src/integration/sitemap-excludes.ts';

export default defineConfig({
	// Filled in from `url` in content/shop.yaml by the aftercare integration.
	trailingSlash: 'always',
	build: {
		format: 'directory',
		// Rendering one page at a time leaves the main thread idle about half the time while each
		// page's module loads and its file is written; eight in flight overlap that waiting. At 3,000
		// articles this took page generation from about 10 s to 6 s here. Output is the same bytes.
		concurrency: 8,
	},
	integrations: [aftercare(), mdx(), sitemap({ filter: (page) => !sitemapExcludes().has(new URL(page).pathname) })],
	// Code blocks are coloured by the stylesheet, light and dark (src/markdown/code-theme.ts).
	markdown: { processor: markdownProcessor(), shikiConfig },
	security: {
		// Every page carries a strict Content-Security-Policy: scripts and styles only from the site
		// itself (Astro adds the hash of each inline one), nothing from other sites, no plugins or
		// frames. Article text is checked before the build; this stops anything that slips through
		// from running or loading. Pagefind's search needs its WebAssembly ('wasm-unsafe-eval') and
		// its worker and index files from the site.
		csp: {
			directives: [
				"default-src 'none'",
				"img-src 'self' data:",
				"font-src 'self'",
				"worker-src 'self'",
				"manifest-src 'self'",
				"base-uri 'none'",
				// connect-src and form-action ('self', and the shop's feedback form service if it has
				// one) come from the aftercare integration, which reads shop.yaml: Astro appends a
				// directive given twice rather than merging it, and a browser obeys only the first.
				"object-src 'none'",
				"frame-src 'none'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
	devToolbar: { enabled: false },
	prefetch: false,
	vite: {
		server: {
			// `npm run dev` reloads on changes to content/ and the code; the folders builds write
			// (and the benchmark's thousands of pages) are not worth watching.
			watch: { ignored: ['**/dist/**', '**/listing-images/**', '**/link-kit/**', '**/bench/.out/**', '**/*.aftercare-partial/**', '**/*.aftercare-old/**', '**/test/.output/**'] },
		},
		build: {
			rolldownOptions: {
				// Astro marks every MDX module with a "use astro:head-inject" directive that its own
				// plugin consumes; the bundler warns once per MDX file that it may not keep it
				// (withastro/astro#18087). The warning is harmless and would bury real output.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});

import { resolve } from 'node:path';
import type { Content } from '../lib/content-model.ts';
import { buildTime } from '../lib/notices.ts';
import { ContentError } from '../lib/content-errors.ts';
import { addressProblems } from '../lib/published-urls.ts';
import { readContent } from '../lib/read-content.ts';
import { routeTable, type Route } from '../lib/route-table.ts';
import { buildSite, type Site } from '../lib/site.ts';

/**
 * What a process knows about the shop: its content, read and checked once; the site model built
 * from it; and the route table. The build script, the integration, the content loader and the
 * pages run in one process but as separate module copies (Vite bundles the pages and the content
 * config), so the state hangs off globalThis. `astro dev` forgets the content when a file under
 * content/ changes (src/data/content-loader.ts), and everything derived from it goes with it.
 */
interface ShopState {
	content: Map<string, Content>;
	/** A change being waited out, per content folder (see contentChanged). */
	changes: Map<string, Promise<void>>;
	sites: WeakMap<Content, Site>;
	routes: WeakMap<Site, Route[]>;
	/** How often each step ran in this process, printed with AFTERCARE_PROFILE=1. */
	runs: { readContent: number; buildSite: number; routeTable: number; glyphCheck: number };
}

const STATE = Symbol.for('aftercare.shop-state');

function state(): ShopState {
	const holder = globalThis as { [STATE]?: ShopState };
	return (holder[STATE] ??= { content: new Map(), changes: new Map(), sites: new WeakMap(), routes: new WeakMap(), runs: { readContent: 0, buildSite: 0, routeTable: 0, glyphCheck: 0 } });
}

/** The shop's content, read and checked once per process (and again after forgetContent). Throws ContentError. */
export function loadContent(root: string, contentDir: string): Content {
	const { content, runs } = state();
	const key = resolve(root, contentDir);
	let found = content.get(key);
	if (!found) {
		runs.readContent += 1;
		found = readContent(root, contentDir);
		// The published addresses are checked against the pages and redirects the content makes,
		// so the route table is built now, once, and kept for the pages.
		const problems = addressProblems(found, routesOf(siteOf(found)));
		if (problems.length > 0) throw new ContentError(problems, found);
		content.set(key, found);
	}
	return found;
}

/** Drops the content read from `contentDir`, so the next loadContent reads the files again. */
export function forgetContent(root: string, contentDir: string): void {
	state().content.delete(resolve(root, contentDir));
}

/**
 * Called for every file event under content/ in `astro dev`. One save fires several events, and
 * each collection's loader hears each one: every caller waits until 50 ms after the first, the
 * content is forgotten then, and the first loader to ask reads it again for all of them.
 */
export function contentChanged(root: string, contentDir: string, quiet = 50): Promise<void> {
	const { changes } = state();
	const key = resolve(root, contentDir);
	forgetContent(root, contentDir);
	let pending = changes.get(key);
	if (!pending) {
		pending = new Promise((done) => setTimeout(() => {
			changes.delete(key);
			forgetContent(root, contentDir);
			done();
		}, quiet));
		changes.set(key, pending);
	}
	return pending;
}

/** The site model (translations, fallbacks, which articles apply where) for this content. */
export function siteOf(content: Content): Site {
	const { sites, runs } = state();
	let site = sites.get(content);
	if (!site) {
		runs.buildSite += 1;
		site = buildSite(content, buildTime());
		sites.set(content, site);
	}
	return site;
}

/** Every page of the site, the one list that pages, previews and the sitemap ask. */
export function routesOf(site: Site): Route[] {
	const { routes, runs } = state();
	let table = routes.get(site);
	if (!table) {
		runs.routeTable += 1;
		table = routeTable(site);
		routes.set(site, table);
	}
	return table;
}

/** Counts a run of a step kept elsewhere (the glyph check lives with the image fonts). */
export function countRun(step: keyof ShopState['runs']): void {
	state().runs[step] += 1;
}

/** How many times this process read the content, built the site model and the route table, and checked glyphs. */
export function runCounts(): Readonly<ShopState['runs']> {
	return { ...state().runs };
}

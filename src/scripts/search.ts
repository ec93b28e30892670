// The search page: Pagefind's JS API with our own small UI, so results, filters and keyboard
// handling follow the page's language and markup. Loaded on /search/ only.

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: { title?: string };
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	debouncedSearch(
		term: string,
		options: { filters: Record<string, string> },
		wait: number,
	): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const root = document.getElementById('search')!;
const strings = JSON.parse(root.dataset.strings!) as Record<'results' | 'resultsOne' | 'noResults' | 'type' | 'product' | 'software' | 'all', string>;
const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
const form = input.form!;
const statusLine = root.querySelector<HTMLElement>('[data-search-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
const MAX_RESULTS = 20;
const plural = new Intl.PluralRules(document.documentElement.lang);

export {};

const format = (template: string, vars: Record<string, string | number>) =>
	template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name]));

// What the page is doing, for people who test it: 'loading' until the index answers, then
// 'ready'; data-results-for names the query the shown results are for.
root.dataset.searchState = 'loading';
const bundle = '/pagefind/pagefind.js';
const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
await pagefind.options({ highlightParam: 'highlight' });
await pagefind.init();

const selects = new Map<string, HTMLSelectElement>();
const available = await pagefind.filters();
for (const name of ['type', 'product', 'software'] as const) {
	const values = Object.keys(available[name] ?? {}).sort();
	if (values.length < 2) continue;
	const label = document.createElement('label');
	label.textContent = strings[name];
	const select = document.createElement('select');
	select.add(new Option(strings.all, ''));
	for (const value of values) select.add(new Option(value, value));
	select.addEventListener('change', () => void run());
	label.append(select);
	filterBox.append(label);
	selects.set(name, select);
}

root.dataset.searchState = 'ready';

async function run(): Promise<void> {
	const term = input.value.trim();
	const url = new URL(location.href);
	if (term) url.searchParams.set('q', term);
	else url.searchParams.delete('q');
	history.replaceState(null, '', url);
	if (!term) {
		list.replaceChildren();
		statusLine.textContent = '';
		delete root.dataset.resultsFor;
		return;
	}
	const filters: Record<string, string> = {};
	for (const [name, select] of selects) if (select.value) filters[name] = select.value;
	const search = await pagefind.debouncedSearch(term, { filters }, 200);
	if (!search) return; // a newer keystroke superseded this search
	const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
	list.replaceChildren(
		...data.map((result) => {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = result.url;
			link.textContent = result.meta.title ?? result.url;
			const excerpt = document.createElement('p');
			// Pagefind escapes the page text and adds only <mark> around matches.
			excerpt.innerHTML = result.excerpt;
			item.append(link, excerpt);
			return item;
		}),
	);
	const count = search.results.length;
	const template = count === 0 ? strings.noResults : plural.select(count) === 'one' ? strings.resultsOne : strings.results;
	statusLine.textContent = format(template, { count, query: term });
	root.dataset.resultsFor = term;
}

form.addEventListener('submit', (event) => {
	event.preventDefault();
	void run();
});
input.addEventListener('input', () => void run());

// Arrow keys move between the box and the results; Enter on a result follows its link. Only from
// the box or a result: on a filter the arrows keep changing the filter.
root.addEventListener('keydown', (event) => {
	if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
	const links = [...list.querySelectorAll('a')];
	const current = links.indexOf(document.activeElement as HTMLAnchorElement);
	if (links.length === 0 || (document.activeElement !== input && current === -1)) return;
	const next = event.key === 'ArrowDown' ? current + 1 : current - 1;
	event.preventDefault();
	if (next < 0) input.focus();
	else links[Math.min(next, links.length - 1)]!.focus();
});

const initial = new URLSearchParams(location.search).get('q');
if (initial) {
	input.value = initial;
	void run();
}

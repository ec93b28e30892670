// The search page: Pagefind's JS API behind a thin query layer (src/lib/search/), with our own
// small UI, so results, filters and keyboard handling follow the page's language and markup.
// Loaded on /search/ only. The box listens from the first moment: a query typed while the index
// loads runs as soon as it is ready.
import { readVocabulary, type SearchVocabulary, type VocabularyFile } from '../lib/search/correct.ts';
import { planQuery, rankPages, type Hit } from '../lib/search/plan.ts';

interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	filters: Record<string, string[]>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(term: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}
type Strings = Record<'results' | 'resultsOne' | 'noResults' | 'partial' | 'showingFor' | 'loading' | 'type' | 'product' | 'software' | 'all' | 'devIndex', string>;

const root = document.getElementById('search')!;
const strings = JSON.parse(root.dataset.strings!) as Strings;
const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
const form = input.form!;
const statusLine = root.querySelector<HTMLElement>('[data-search-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!;
const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
const suggestion = root.querySelector<HTMLElement>('[data-search-suggestion]')!;
const lang = document.documentElement.lang;
const MAX_RESULTS = 20;
const plural = new Intl.PluralRules(lang);
const selects = new Map<string, HTMLSelectElement>();

export {};

const format = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name]));

// What the page is doing, for people who test it: 'loading' until the index answers, then
// 'ready'; data-results-for names the query the shown results are for.
root.dataset.searchState = 'loading';

async function load(): Promise<{ pagefind: Pagefind; vocabulary: SearchVocabulary }> {
	// Under the site's base, where the build put it; Pagefind then reads its base from where it
	// was loaded and puts it in front of every result's URL.
	const bundle = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
	const [pagefind, file] = await Promise.all([
		import(/* @vite-ignore */ bundle) as Promise<Pagefind>,
		fetch(`${import.meta.env.BASE_URL}pagefind/aftercare-search.${lang}.json`).then((response) => (response.ok ? (response.json() as Promise<VocabularyFile>) : { pages: 0, words: [], synonyms: [] })),
	]);
	await pagefind.options({ highlightParam: 'highlight' });
	await pagefind.init();
	// The filters' index is fetched when a buyer opens them, not for every first search.
	const details = filterBox.closest('details')!;
	details.hidden = false;
	details.addEventListener('toggle', () => void addFilters(pagefind), { once: true });
	root.dataset.searchState = 'ready';
	return { pagefind, vocabulary: readVocabulary(file) };
}
const engine = load().catch((error: unknown) => {
	root.dataset.searchState = 'failed';
	// `npm run dev` serves no index: the search page says what to run instead.
	statusLine.textContent = import.meta.env.DEV ? strings.devIndex : String(error);
	throw error;
});

async function addFilters(pagefind: Pagefind): Promise<void> {
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
	if (selects.size === 0) filterBox.closest('details')!.hidden = true;
}

let latest = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

async function run(): Promise<void> {
	const term = input.value.trim();
	const url = new URL(location.href);
	if (term) url.searchParams.set('q', term);
	else url.searchParams.delete('q');
	history.replaceState(null, '', url);
	const token = ++latest;
	if (!term) {
		list.replaceChildren();
		statusLine.textContent = '';
		empty.hidden = true;
		delete root.dataset.resultsFor;
		return;
	}
	if (root.dataset.searchState === 'loading') statusLine.textContent = strings.loading;
	const { pagefind, vocabulary } = await engine;
	const filters: Record<string, string> = {};
	for (const [name, select] of selects) if (select.value) filters[name] = select.value;
	const plan = planQuery(term, lang, vocabulary);
	// Pagefind needs every word of a search to match, so each way of saying each concept is one
	// search; the ranking then puts pages answering the most of the question first.
	const found = new Map<string, PagefindResult>();
	const searched = await Promise.all(
		plan.concepts.map(async (concept) => {
			const searches = await Promise.all(concept.alternatives.map((alternative) => pagefind.search(alternative, { filters })));
			for (const { results } of searches) for (const result of results) found.set(result.id, result);
			return searches.map(({ results }) => results.map((result): Hit => ({ id: result.id, score: result.score })));
		}),
	);
	if (token !== latest) return; // a newer keystroke superseded this search
	const hits = searched.map((byAlternative) => byAlternative.flat());
	const ranked = rankPages(hits, vocabulary.pages).slice(0, MAX_RESULTS);
	const data = await Promise.all(ranked.map((id) => found.get(id)!.data()));
	if (token !== latest) return;
	// A correction is news only when the word as typed found nothing and its correction did.
	const announced = plan.concepts.map((concept, i) => concept.correction !== undefined && searched[i]![0]!.length === 0 && searched[i]![1]!.length > 0);
	const corrected = announced.some(Boolean) ? plan.concepts.map((concept, i) => (announced[i] ? concept.correction : concept.alternatives[0])).join(' ') : undefined;
	const complete = hits.every((conceptHits) => conceptHits.some((hit) => hit.id === ranked[0]));
	show(term, data, corrected, ranked.length > 0 && !complete && !corrected);
}

function show(term: string, data: PagefindResultData[], corrected: string | undefined, partial: boolean): void {
	list.replaceChildren(
		...data.map((result) => {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = result.url;
			link.textContent = result.meta.title ?? result.url;
			const label = document.createElement('p');
			label.className = 'result-kind';
			label.textContent = [...(result.filters.type ?? []), ...(result.filters.product ?? [])].join(' · ');
			const excerpt = document.createElement('p');
			// Pagefind escapes the page text and adds only <mark> around matches.
			excerpt.innerHTML = result.excerpt;
			item.append(link, label, excerpt);
			return item;
		}),
	);
	const count = data.length;
	const template = count === 0 ? strings.noResults : partial ? strings.partial : plural.select(count) === 'one' ? strings.resultsOne : strings.results;
	statusLine.textContent = format(template, { count, query: term });
	suggestion.textContent = corrected ? format(strings.showingFor, { query: corrected }) : '';
	suggestion.hidden = !corrected;
	empty.hidden = count > 0;
	root.dataset.resultsFor = term;
}

function schedule(): void {
	clearTimeout(timer);
	timer = setTimeout(() => void run(), 150);
}

form.addEventListener('submit', (event) => {
	event.preventDefault();
	clearTimeout(timer);
	void run();
});
input.addEventListener('input', schedule);

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

// A query from the address, or one typed before this script had loaded (a slow phone).
const initial = new URLSearchParams(location.search).get('q');
if (initial && !input.value.trim()) input.value = initial;
if (input.value.trim()) void run();

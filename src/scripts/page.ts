// The only script on every page: the search shortcut, and highlighting the searched words
// when a buyer arrives from a search result (Pagefind's highlighter loads only then).

// Ctrl K (⌘ K on a Mac) jumps to the search box from anywhere, typing or not: a shortcut with a
// modifier, since a single-key one such as "/" would fire while someone dictates or types
// elsewhere and cannot be turned off (WCAG 2.1.4).
addEventListener('keydown', (event) => {
	if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
	const input =
		document.querySelector<HTMLInputElement>('[data-search-input="hero"]') ??
		document.querySelector<HTMLInputElement>('[data-search-input]');
	if (!input) return;
	event.preventDefault();
	input.focus();
	input.select();
});

if (new URLSearchParams(location.search).has('highlight')) {
	const highlighter = '/pagefind/pagefind-highlight.js';
	import(/* @vite-ignore */ highlighter)
		.then(({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: 'highlight', addStyles: false }))
		.catch(() => undefined);
}

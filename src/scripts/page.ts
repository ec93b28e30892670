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

document.documentElement.classList.add('has-shortcut');

if (new URLSearchParams(location.search).has('highlight')) {
	const highlighter = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
	import(/* @vite-ignore */ highlighter)
		.then(({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: 'highlight', addStyles: false }))
		.catch(() => undefined);
}

// The language menu is a <details>, which works without this; here it also closes the way a menu
// does: Escape (focus back on its button) or a click elsewhere.
const languageMenu = document.querySelector<HTMLDetailsElement>('[data-lang-menu]');
if (languageMenu) {
	addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || !languageMenu.open) return;
		languageMenu.open = false;
		languageMenu.querySelector('summary')?.focus();
	});
	addEventListener('click', (event) => {
		if (languageMenu.open && !languageMenu.contains(event.target as Node)) languageMenu.open = false;
	});
}

// The only script on every page: the "/" search shortcut, and highlighting the searched words
// when a buyer arrives from a search result (Pagefind's highlighter loads only then).

function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

addEventListener('keydown', (event) => {
	if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
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

// The copy buttons of CopyBlock.astro. They ship hidden: a page without JavaScript shows plain
// text to select, and no button that would do nothing.

const resetAfterMs = 2000;

/** Selects the block's text so the buyer can copy it by hand when the clipboard is refused. */
function selectText(element: Element): void {
	const range = document.createRange();
	range.selectNodeContents(element);
	const selection = getSelection();
	selection?.removeAllRanges();
	selection?.addRange(range);
}

/** Re-announces even the same words: a live region speaks only when its text changes. */
function announce(status: Element | null, message: string): void {
	if (!status) return;
	status.textContent = '';
	setTimeout(() => (status.textContent = message), 50);
}

for (const block of document.querySelectorAll<HTMLElement>('[data-copy]')) {
	const button = block.querySelector<HTMLButtonElement>('[data-copy-button]');
	const text = block.querySelector('[data-copy-text]');
	if (!button || !text) continue;
	const label = button.textContent ?? '';
	const status = block.querySelector('[data-copy-status]');
	let reset: ReturnType<typeof setTimeout> | undefined;
	button.hidden = false;
	button.addEventListener('click', async () => {
		clearTimeout(reset);
		try {
			// Missing outside a secure context, and refused where the browser or a policy says no.
			if (!navigator.clipboard) throw new Error('no clipboard');
			await navigator.clipboard.writeText(block.dataset.copy ?? '');
			button.textContent = button.dataset.copied ?? label;
			announce(status, button.dataset.copied ?? '');
			reset = setTimeout(() => (button.textContent = label), resetAfterMs);
		} catch {
			selectText(text);
			announce(status, button.dataset.selected ?? '');
		}
	});
}

// "Was this helpful?" (src/components/Feedback.astro) sent without leaving the page. The form
// works without this: it posts to the shop's form service, which shows its own thank-you page.
// Here the answer goes by fetch (the CSP's connect-src names the service) and the thank-you
// replaces the buttons. A service that answers with an error gets the form posted as it would
// be without JavaScript, so the buyer sees its page and the answer is not lost quietly. A reply
// the browser may not read (a service that sends no CORS headers) has still reached the service:
// it is taken as sent, not posted again, which would count it twice. Only offline is it retried
// as a plain post.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-feedback]')) {
	const answers = form.querySelector<HTMLElement>('[data-feedback-answers]');
	const status = form.querySelector<HTMLElement>('[data-feedback-status]');
	let plain = false;
	form.addEventListener('submit', async (event) => {
		if (plain) return;
		event.preventDefault();
		const button = event.submitter instanceof HTMLButtonElement ? event.submitter : undefined;
		// Read before the buttons are disabled (a disabled submitter is left out), and encoded as
		// the plain form posts it, so the service gets the same fields either way.
		const fields = new URLSearchParams([...new FormData(form, button)].map(([name, value]): [string, string] => [name, String(value)]));
		for (const b of form.querySelectorAll('button')) b.disabled = true;
		const postPlainly = () => {
			plain = true;
			for (const b of form.querySelectorAll('button')) b.disabled = false;
			form.requestSubmit(button);
		};
		try {
			const response = await fetch(form.action, {
				method: 'POST',
				body: fields,
				// Form services answer JSON to this instead of redirecting to their page.
				headers: { Accept: 'application/json' },
				credentials: 'omit',
			});
			if (!response.ok) return postPlainly();
		} catch {
			if (!navigator.onLine) return postPlainly();
		}
		if (answers) answers.hidden = true;
		form.querySelector<HTMLElement>('[data-feedback-note]')?.setAttribute('hidden', '');
		if (status) {
			status.textContent = status.dataset.thanks ?? '';
			// The buttons are gone: focus goes to the thanks, which the live region also announces.
			status.focus();
		}
	});
}

import type { HastPluginEntry } from 'satteri';
import { headingIdMaker } from '../lib/article-body/heading-ids.ts';

/**
 * Gives every heading of an article an id that is valid HTML (`## 1. Unzip the file` gets
 * `section-1-unzip-the-file`, where GitHub's slug would start with a digit) and unlike any other id
 * on the page. It runs before Astro's own heading-ids step, which keeps an id already set and lists
 * it for the table of contents. The content check computes the same ids to check `#links`.
 */
export const headingIds: HastPluginEntry = () => {
	const nextId = headingIdMaker();
	return {
		name: 'aftercare-heading-ids',
		element: {
			filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
			visit(node, ctx) {
				// Sätteri's own footnotes heading has its id already; it is reserved in headingIdMaker.
				if (typeof node.properties?.id === 'string') return;
				ctx.setProperty(node, 'id', nextId(ctx.textContent(node)));
			},
		},
	};
};

import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/schemas/article.ts';

// A guide's video is a link to its host's page, never an embed: nothing loads until the buyer asks.
describe("a guide's video", () => {
	const video = guideSchema.shape.video;

	it.each(['https://www.youtube.com/watch?v=abc', 'http://vimeo.com/123'])('links to %s', (url) => {
		expect(video.safeParse({ url, minutes: 4 }).success).toBe(true);
	});

	it.each(['javascript:alert(document.cookie)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd'])('refuses %s', (url) => {
		const result = video.safeParse({ url });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toBe('must be a web address starting with https://');
	});
});

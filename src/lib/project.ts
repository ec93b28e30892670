/**
 * Where the seller's content lives, relative to the project root (or absolute). `AFTERCARE_CONTENT` points a
 * build at another shop (the test fixtures use it); everything else reads `content/`.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
	return env.AFTERCARE_CONTENT || 'content';
}

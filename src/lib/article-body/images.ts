import type { Definition, Nodes, Root } from 'mdast';
import { basename, dirname, extname, join, posix, relative } from 'node:path';
import { nearest, orList } from './nearest.ts';
import { clip } from './parse-errors.ts';
import type { BodyProblem } from './parse.ts';
import { readUrl } from './safe-url.ts';
import { isJsx, sourceOf, startOf, textAttribute, walk } from './tree.ts';

/** What the image check needs to know of the files around an article. */
export interface ImageFiles {
	/** True when a file exists at this path (relative to the project, or absolute). */
	exists(path: string): boolean;
	/** The file names in a folder, for "did you mean". */
	list(dir: string): string[];
}

/** Where an article is, for resolving its images. */
export interface ImagePlace {
	/** The article's file, relative to the project (`content/guides/en/x.mdx`). */
	file: string;
	/** The project's public/ folder, relative to the project, for images written `/logo.png`. */
	publicDir: string;
	kind: 'article' | 'notice';
}

/** The formats Astro's image pipeline reads. */
const FORMATS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg', '.tiff', '.apng'];

function decoded(url: string): string {
	try {
		return decodeURI(url);
	} catch {
		return url;
	}
}

/** An image's file name for a hint (`p.gif` from `https://tracker.example/p.gif?u=1`). */
function fileNameOf(url: string): string {
	return basename(url.split(/[?#]/)[0]!) || 'picture.jpg';
}

/**
 * Checks every image of a body: a file beside the article (or under public/) that exists, in a
 * format Astro's image pipeline reads, with alt text. An image from another site is refused: the
 * buyer's browser would ask that site for it, telling it who reads what.
 */
export function checkImages(tree: Root, source: string, place: ImagePlace, files: ImageFiles): BodyProblem[] {
	const problems: BodyProblem[] = [];
	const definitions = new Map<string, Definition>();
	walk(tree, (node) => {
		if (node.type === 'definition') definitions.set(node.identifier, node);
	});
	const folder = dirname(place.file);
	// Articles live at <content>/<folder>/<locale>/<slug>.mdx; their images stay inside <content>.
	const contentDir = dirname(dirname(folder));

	const check = (node: Nodes, url: string, alt: string | null | undefined) => {
		const offset = startOf(node);
		const written = clip(sourceOf(source, node));
		const push = (message: string, hint: string) => problems.push({ offset, message, hint });
		const name = fileNameOf(decoded(url));
		const beside = posix.join(folder, name);
		if (place.kind === 'notice') {
			push(`shows a picture (${written}), but a notice is a short message shown on many pages.`, 'delete it, and link to a guide that shows the picture: [see the guide](/guides/<slug>/).');
			return;
		}
		if (url.trim() === '') {
			push(`has an image with no file (${written}).`, 'write the file name between the brackets: ![what it shows](./picture.jpg), with the picture beside the article.');
			return;
		}
		const read = readUrl(url);
		if (read.kind === 'web' || read.kind === 'schemeless') {
			push(
				`shows a picture from another site (${clip(url)}): the buyer's browser would ask that site for it, telling it who is reading.`,
				`save the picture beside the article, as ${beside}, and write ![${alt?.trim() || 'what it shows'}](./${name}).`,
			);
			return;
		}
		if (read.kind !== 'site' && read.kind !== 'relative') {
			push(`has an image whose address is not a file (${clip(url)}).`, `save the picture as a file beside the article, as ${posix.join(folder, 'picture.png')}, and write ![${alt?.trim() || 'what it shows'}](./picture.png).`);
			return;
		}
		const path = decoded(url).split(/[?#]/)[0]!;
		const file = read.kind === 'site' ? join(place.publicDir, path) : join(folder, path);
		const shown = file.split('\\').join('/');
		if (read.kind === 'relative' && relative(contentDir, file).startsWith('..')) {
			push(`shows ${clip(url)}, which is outside ${contentDir}/.`, `move the picture next to the article, to ${beside}, and write ![${alt?.trim() || 'what it shows'}](./${name}).`);
			return;
		}
		const extension = extname(path).toLowerCase();
		if (!FORMATS.includes(extension)) {
			const how = extension === '.heic' || extension === '.heif' ? 'export it from Photos (or your phone) as JPEG' : 'save it as JPEG, PNG or WebP';
			push(`shows ${clip(url)}, a ${extension || 'file without an extension'} the site cannot show as a picture.`, `${how} and write ./${basename(path, extname(path))}.jpg.`);
			return;
		}
		if (!files.exists(file)) {
			const near = nearest(basename(path), files.list(dirname(file)).filter((f) => FORMATS.includes(extname(f).toLowerCase())));
			const where = read.kind === 'site' ? `${place.publicDir}/` : 'the article';
			push(
				`shows ${clip(url)}, but there is no ${shown}.`,
				near.length > 0
					? `did you mean ${orList(near.map((n) => (read.kind === 'site' ? posix.join(posix.dirname(path), n) : `./${posix.join(posix.dirname(path), n).replace(/^\.\//, '')}`)))}? File names are case-sensitive on most hosts.`
					: `put the picture at ${shown}${read.kind === 'site' ? `, or better beside the article, as ${beside}, written ./${name}` : ''}, or correct the name. Pictures go beside ${where}.`,
			);
			return;
		}
		if (!alt?.trim()) {
			push(
				`has a picture without alt text (${written}), so buyers who cannot see it get nothing.`,
				`say what it shows between the brackets: ![Lightroom's Presets panel with the group open](${clip(url, 40)}).`,
			);
		}
	};

	walk(tree, (node) => {
		if (node.type === 'image') check(node, node.url, node.alt);
		else if (node.type === 'imageReference') {
			const definition = definitions.get(node.identifier);
			if (definition) check(node, definition.url, node.alt);
		} else if (isJsx(node) && node.name === 'img') {
			check(node, textAttribute(node, 'src') ?? '', textAttribute(node, 'alt'));
		}
	});
	return problems;
}

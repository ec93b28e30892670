import { z } from 'astro/zod';
import { httpsUrlSchema, localeSchema, localizedTextSchema, slugSchema } from './common.ts';
import { platformSchema } from './shop.ts';

/** What kind of product it is; picks the icon and wording on the product hub. */
export const productKinds = [
	'canva-template',
	'printable',
	'svg-cut-file',
	'font',
	'preset',
	'brush',
	'ebook',
	'course',
	'membership',
	'event',
	'other',
] as const;

/** `content/products/<id>.yaml`: one product. The file name is the product id. */
export const productSchema = z.strictObject({
	/** The product's name as it appears in the listing. */
	name: localizedTextSchema,
	kind: z.enum(productKinds),
	/** What the buyer receives, in one or two sentences. Say plainly if nothing physical ships. */
	summary: localizedTextSchema,
	/** Where it is sold, with the listing's address. */
	listings: z
		.array(z.strictObject({ platform: platformSchema, url: httpsUrlSchema }))
		.min(1, { message: 'must list at least one place the product is sold' }),
	/** File formats delivered, e.g. `PDF`, `SVG`, `Canva link`. */
	formats: z.array(z.string().min(1)).default([]),
	/**
	 * Ids from `software` in shop.yaml that the buyer needs. A list means all of them
	 * (`software: [canva, acrobat-reader]`); `software: { anyOf: [illustrator, inkscape] }` means
	 * any one of them will do, as for a font or a cut file. An article for any of these programs
	 * applies to the product.
	 */
	software: z
		.union([
			z.array(slugSchema),
			z.strictObject({ anyOf: z.array(slugSchema).min(2, { message: 'must list at least two programs; for one, write `software: [id]`' }) }),
		])
		.default([]),
	/**
	 * Ids of the products this one contains, for a bundle: `contains: [wedding-suite, planner]`.
	 * Every article, program and licence of a part applies to the bundle too, and its hub links
	 * the parts. A bundle may contain another bundle, but never itself.
	 */
	contains: z.array(slugSchema).default([]),
	/**
	 * `low` for small purchases (few questions expected), `high` for courses and bundles whose
	 * buyers expect a person: their hubs show every support channel, including video calls.
	 */
	priceBand: z.enum(['low', 'high']),
	/**
	 * Ids of the licences offered, from `content/licenses/`. Leave it out (or write `[]`) for a
	 * product that comes with no licence, such as a course or a service: its hub then says so in
	 * the buyer's words (see `noLicense`) and its listing images have no licence cards. A bundle
	 * also offers the licences of its parts.
	 */
	licenses: z.array(slugSchema).default([]),
	/**
	 * For a product with no licence: the sentence its hub shows instead, in your words. Default,
	 * by kind: "This course is for your own learning; it comes with no licence to reuse its
	 * material" and the like.
	 */
	noLicense: localizedTextSchema.optional(),
	/**
	 * The short link code printed in deliverables and QR codes: `/go/<code>` leads to this
	 * product's hub. Never change it once printed; add the old one to `formerCodes` instead.
	 */
	shortCode: slugSchema,
	/** Codes this product used before. They keep working, forever. */
	formerCodes: z.array(slugSchema).default([]),
	/** Guide or troubleshooting slugs to show first on the hub, in this order. */
	featured: z.array(slugSchema).default([]),
	/**
	 * Languages the listing images are made in (licence cards, mockup labels), e.g. `[pt, en]`
	 * for a course sold to both. Default: the shop's default locale.
	 */
	locales: z.array(localeSchema).optional(),
	/**
	 * Your own wording for the label on mockup photos. Default: "Mockup only" and "Digital
	 * download: no physical item is shipped", in each language.
	 */
	mockupLabel: z.strictObject({ headline: localizedTextSchema, detail: localizedTextSchema }).optional(),
	/**
	 * The product's picture on the home page and in product lists, a path inside content/ such as
	 * `mockups/my-product/desk.jpg` (JPEG, PNG or WebP). Default: the first photo, by name, in
	 * `content/mockups/<product-id>/`; without either the card has no picture.
	 */
	image: z.string().min(1).optional(),
	/** Position in product lists, lowest first. Default 100. */
	order: z.number().int().default(100),
});
export type ProductInput = z.input<typeof productSchema>;
export type Product = z.output<typeof productSchema>;

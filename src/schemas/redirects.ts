import { z } from 'astro/zod';

/**
 * `content/redirects.yaml` (optional): addresses your buyers may still have that Aftercare does not
 * make itself, such as the articles of the help tool you used before, each with the page of this
 * help centre it leads to now. A renamed article or short code does not need one: list the old
 * slug in its `formerSlugs`, or the old code in the product's `formerCodes`.
 *
 * Paths are written as they follow the domain, without the site's sub-path if it has one (the
 * build adds it).
 *
 * ```yaml
 * /article/123-old-name: /help/canva-wont-open/
 * /hc/pt-br/articles/360001: /pt/guides/print-at-home/
 * ```
 */
export const redirectsSchema = z.record(z.string(), z.string({ error: 'must be the path of a page of this help centre, such as /help/canva-wont-open/' }));

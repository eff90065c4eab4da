import { readFile } from 'node:fs/promises';
import type { Request, RequestHandler } from 'express';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { pickLocale } from '@server/middleware/locale';
import { CARD_HEIGHT, CARD_WIDTH } from './cardSvg';
import { designCard, type DesignCard } from './designCard';
import { escapeXml as x } from './xml';

/** The site's own origin as the request reached it (behind a proxy, `trust proxy` decides). */
const originOf = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

/** Open Graph and Twitter card tags of a public design, every value escaped. */
export function cardTags(card: DesignCard, origin: string, locale: string): string {
  const url = `${origin}/d/${card.id}`;
  const image = `${origin}/api/designs/${card.id}/image.png?v=${card.hash}`;
  const meta = (attr: 'property' | 'name', key: string, value: string | number) =>
    `<meta ${attr}="${key}" content="${x(String(value))}" />`;
  return [
    `<link rel="canonical" href="${x(url)}" />`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', 'Prosumer'),
    meta('property', 'og:locale', locale === 'en' ? 'en_GB' : 'de_DE'),
    meta('property', 'og:title', card.title),
    meta('property', 'og:description', card.description),
    meta('property', 'og:url', url),
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', CARD_WIDTH),
    meta('property', 'og:image:height', CARD_HEIGHT),
    meta('property', 'og:image:alt', card.alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', card.title),
    meta('name', 'twitter:description', card.description),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', card.alt),
  ].join('\n    ');
}

/**
 * GET /d/:id: the single page, with a public design's share card tags in its head (crawlers
 * run no JavaScript). Anything else (private, pending, unknown) gets the plain page: a
 * stranger learns nothing of a private design from it.
 */
export function sharePage(catalogs: CatalogStore, indexFile: string): RequestHandler {
  let html: Promise<string> | undefined;
  return async (req, res) => {
    html ??= readFile(indexFile, 'utf8');
    const page = await html;
    const locale = pickLocale(req.headers['accept-language']);
    const card = await designCard(catalogs, String(req.params.id), locale);
    res.set('Cache-Control', 'no-cache').type('html');
    if (!card) return void res.send(page);
    const head = `<title>${x(card.title)} · Prosumer</title>\n    ${cardTags(card, originOf(req), locale)}`;
    res.send(page.replace(/<title>[^<]*<\/title>/, head));
  };
}

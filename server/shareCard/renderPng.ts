import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';

/** DejaVu from npm (dejavu-fonts-ttf): the card looks the same on every host, whatever it has installed. */
const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSerif.ttf', 'DejaVuSansMono.ttf'].map((f) =>
  join(FONT_DIR, f),
);

/** Cards kept in memory, by the hash of their SVG (which is the design's content as drawn). */
const CACHE_MAX = 200;
const cache = new Map<string, Promise<Buffer>>();

/** The content hash of a card: its URL version and cache key. */
export const cardHash = (svg: string): string => createHash('sha256').update(svg).digest('base64url').slice(0, 16);

/**
 * The PNG of an SVG card, rendered off the event loop (resvg's `renderAsync`) and cached by
 * its content: the same design drawn the same way is rendered once.
 */
export function renderPng(svg: string): Promise<Buffer> {
  const key = cardHash(svg);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const png = renderAsync(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'original' },
  }).then((img) => img.asPng());
  cache.set(key, png);
  png.catch(() => cache.delete(key));
  if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value!);
  return png;
}

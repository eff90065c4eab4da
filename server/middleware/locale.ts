import type { IncomingMessage } from 'node:http';
import type { Locale } from '@shared/catalog/types';

declare module 'express-serve-static-core' {
  interface Request {
    locale: Locale;
  }
}

/** The first of German or English in `Accept-Language` (by q-value); German by default. */
export function pickLocale(header: string | undefined): Locale {
  if (!header) return 'de';
  const ranked = header
    .slice(0, 200)
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1);
      return { lang: tag.split('-')[0], q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((x) => (x.lang === 'de' || x.lang === 'en') && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return (ranked[0]?.lang as Locale | undefined) ?? 'de';
}

/**
 * Gives every request of the app `req.locale`, read from its Accept-Language when asked. WHY a
 * getter on the app's request prototype rather than a middleware setting it: V8 makes each
 * property added to a request (whose prototype Express swaps) cost microseconds, on every
 * request; reading the header again is cheaper, and nothing is stored on the request.
 */
export function installLocale(requestPrototype: object): void {
  Object.defineProperty(requestPrototype, 'locale', {
    configurable: true,
    get(this: IncomingMessage) {
      return pickLocale(this.headers['accept-language']);
    },
  });
}

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

/** Accept-Language headers already ranked (browsers send a handful of distinct ones), at most this many. */
const KNOWN_MAX = 500;
let known = new Map<string, Locale>();

/** `pickLocale`, remembered per header (only headers as short as the part pickLocale reads). */
export function localeOf(header: string | undefined): Locale {
  if (!header) return 'de';
  if (header.length > 200) return pickLocale(header);
  let hit = known.get(header);
  if (hit === undefined) {
    hit = pickLocale(header);
    if (known.size >= KNOWN_MAX) known = new Map();
    known.set(header, hit);
  }
  return hit;
}

/**
 * Gives every request of an app `req.locale` (from its Accept-Language) as an accessor on the
 * app's request prototype, read when a handler asks: nothing is stored on the request, because
 * adding a property to a request object costs microseconds (measured in the bench server), and
 * the rule checks are the hottest routes. Assigning `req.locale` still works (it is then kept).
 */
export function installLocale(requestPrototype: object): void {
  const chosen = Symbol('locale');
  Object.defineProperty(requestPrototype, 'locale', {
    configurable: true,
    get(this: { headers: Record<string, string | string[] | undefined>; [chosen]?: Locale }) {
      const header = this.headers['accept-language'];
      return this[chosen] ?? localeOf(typeof header === 'string' ? header : undefined);
    },
    set(this: { [chosen]?: Locale }, value: Locale) {
      this[chosen] = value;
    },
  });
}

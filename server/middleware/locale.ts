import type { RequestHandler } from 'express';
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

export const locale: RequestHandler = (req, _res, next) => {
  req.locale = pickLocale(req.headers['accept-language']);
  next();
};

import type { RequestHandler } from 'express';

/**
 * Runs several middlewares as one: the checks every API request passes (origin, query,
 * body, locale) cost one router layer instead of four on the hottest routes.
 */
export function apiInput(...steps: RequestHandler[]): RequestHandler {
  return (req, res, next) => {
    let i = 0;
    const step = (err?: unknown): void => {
      if (err !== undefined && err !== null) return next(err);
      const handler = steps[i++];
      if (!handler) return next();
      try {
        handler(req, res, step);
      } catch (e) {
        next(e);
      }
    };
    step();
  };
}

import type { RequestHandler } from 'express';
import { badRequest } from '@server/errors';

/**
 * With the `simple` query parser `?email[$ne]=x` stays the string key `email[$ne]`, never an
 * object; keys like that are still refused (400) so no operator-looking input reaches a route.
 * Routes check that each value they read is a single string.
 */
export const queryGuard: RequestHandler = (req, _res, next) => {
  // Without a "?" there is no query to parse (most API calls: every rule check).
  if (!req.url.includes('?')) return next();
  const bad = Object.keys(req.query as Record<string, unknown>).find((k) => /[$.[\]]/.test(k));
  next(
    bad === undefined
      ? undefined
      : badRequest(
          `The query parameter ${JSON.stringify(bad)} is not allowed: names may not contain "$", ".", "[" or "]".`,
        ),
  );
};

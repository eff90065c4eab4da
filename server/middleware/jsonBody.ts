import express, { type RequestHandler } from 'express';
import { badRequest, unsupportedMediaType } from '@server/errors';
import { isPlainJson, limitBytes, readPlainJson } from './plainJson';

export const BODY_LIMIT = '64kb';

/** Requests whose body a route-specific parser (a `bodyParser` with a larger limit) has already read. */
const parsedEarly = new WeakSet<object>();
/** For another route-specific parser (an image's raw body): the JSON parsers leave the request alone. */
export const markParsed = (req: object) => void parsedEarly.add(req);

/** application/json or application/*+json, parameters ignored (cheaper than type-is on the hot path). */
function isJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const semi = contentType.indexOf(';');
  const type = (semi < 0 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

/**
 * A body parser for JSON (and, where `csv` is set, `text/csv`): an unsafe request that carries
 * a body must say application/json, so a cross-site HTML form (urlencoded, multipart,
 * text/plain) can never act for a user; strict JSON only; no `$`/`.` keys. A request parsed by
 * one such parser (a route's larger one) is left alone by the next (the app's).
 */
export function bodyParser(opts: { limit: string; csv?: boolean }): RequestHandler {
  const json = express.json({ limit: opts.limit, strict: true, type: () => true });
  const csv = opts.csv ? express.text({ limit: opts.limit, type: () => true, defaultCharset: 'utf-8' }) : undefined;
  const limit = limitBytes(opts.limit);
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    if (parsedEarly.has(req)) return next();
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (!hasBody) return next();
    const type = req.headers['content-type'];
    const isCsv = csv !== undefined && /^\s*text\/csv\s*(;|$)/i.test(type ?? '');
    if (!isCsv && !isJson(type)) return next(unsupportedMediaType(type));
    markParsed(req);
    const parse = isCsv ? csv! : isPlainJson(req, type!, limit) ? readPlainJson : json;
    parse(req, res, (err?: unknown) => {
      if (err) return next(err);
      const bad = isCsv ? undefined : findForbiddenKey(req.body);
      next(
        bad === undefined
          ? undefined
          : bad === TOO_DEEP
            ? badRequest(`The body is nested deeper than ${MAX_BODY_DEPTH} levels.`)
            : badRequest(`The key ${JSON.stringify(bad)} is not allowed: keys may not start with "$" or contain ".".`),
      );
    });
  };
}

/** The app's JSON body parser for every API route: at most BODY_LIMIT. */
export const jsonBody = bodyParser({ limit: BODY_LIMIT });

/** No body of ours is nested this deep (a catalog is about six levels). */
export const MAX_BODY_DEPTH = 32;
/** What `findForbiddenKey` answers for a body deeper than MAX_BODY_DEPTH: it is not looked through, so refused. */
export const TOO_DEEP = Symbol('too deep');

/**
 * Keys starting with `$` or containing `.` are MongoDB operators or paths; no body of ours
 * uses them, so they are refused before any route sees them (NoSQL injection). A body too deep
 * to look through is refused too (fails closed): an operator could hide below the limit.
 */
export function findForbiddenKey(value: unknown, depth = 0): string | typeof TOO_DEEP | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > MAX_BODY_DEPTH) return TOO_DEEP;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findForbiddenKey(value[i], depth + 1);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
  // Every body passes here: own keys by index, no [key, value] pairs allocated.
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key.startsWith('$') || key.includes('.')) return key;
    const hit = findForbiddenKey((value as Record<string, unknown>)[key], depth + 1);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

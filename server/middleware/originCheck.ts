import type { RequestHandler } from 'express';
import { foreignOrigin } from '@server/errors';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Cross-site request forgery guard: an unsafe request whose `Origin` (or, when a browser sent
 * none, `Referer`) names another site is refused with 403. Same-site means the request's own
 * Host (the scheme is not compared, so a TLS-terminating proxy needs no extra setting), or one
 * of `allowedOrigins` (full origins, from ALLOWED_ORIGINS). Requests without either header are
 * not from a browser page and pass; `Origin: null` (sandboxed frames, file://) is foreign.
 *
 * Stricter than needed for cookies only: it also guards requests without a session cookie,
 * so a foreign page cannot sign a visitor in to the attacker's account (login CSRF).
 */
export function originCheck(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(
    allowedOrigins.map((o) => {
      const origin = originOf(o);
      if (origin === null)
        throw new Error(`ALLOWED_ORIGINS: ${JSON.stringify(o)} is not an origin; write it like https://shop.example.`);
      return origin;
    }),
  );
  return (req, _res, next) => {
    if (SAFE.has(req.method)) return next();
    next(
      fromAllowed(req.headers.origin ?? req.headers.referer, req.headers.host, allowed) ? undefined : foreignOrigin(),
    );
  };
}

function fromAllowed(header: string | undefined, host: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (header === undefined) return true;
  const origin = originOf(header);
  const same = origin !== null && !!host && new URL(origin).host === host.toLowerCase();
  return same || (origin !== null && allowed.has(origin));
}

/** The same rule for a WebSocket upgrade (browsers always send its Origin). */
export function sameSite(origin: string | undefined, host: string | undefined, allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins.map((o) => originOf(o)).filter((o): o is string => o !== null));
  return fromAllowed(origin, host, allowed);
}

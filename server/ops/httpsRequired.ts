import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { Config } from '@server/config';
import { httpsRequired } from '@server/errors';
import { describeTrustProxy } from './trustProxy';

/**
 * In production the session cookie is `Secure`: a browser drops it when it arrives over plain
 * HTTP, so a sign-in "works" (200) yet leaves the user signed out. Refuse such a sign-in with a
 * problem that says why instead. `req.secure` is true for TLS to this process, or when a trusted
 * proxy (TRUST_PROXY) sent `X-Forwarded-Proto: https`.
 */
export const requireHttpsInProduction =
  (production: boolean): RequestHandler =>
  (req, _res, next) => {
    next(production && !req.secure ? httpsRequired() : undefined);
  };

/** Says at start what production expects, so a missing TLS proxy is found in the log, not by users. */
export function logProductionExpectations(config: Pick<Config, 'production' | 'trustProxy'>, logger: Logger): void {
  if (!config.production) return;
  logger.info(
    `NODE_ENV=production: expects HTTPS through a TLS-terminating proxy that sets X-Forwarded-Proto (TRUST_PROXY=${describeTrustProxy(config.trustProxy)}); session cookies are Secure, and sign-in over plain HTTP is refused with "https_required".`,
  );
}

import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { notFound, unauthorized } from '@server/errors';
import { registry } from './metrics';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * GET /metrics in Prometheus's text format, only with `Authorization: Bearer <METRICS_TOKEN>`
 * (compared in constant time). Without METRICS_TOKEN it does not exist (404): metrics show
 * routes and load, nothing the public should read.
 */
export function metricsRoute(token: string | undefined): RequestHandler {
  const expected = token ? digest(token) : undefined;
  return async (req, res, next) => {
    if (!expected) return next(notFound(`${req.method} ${req.path}`));
    const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
    if (!given || !timingSafeEqual(digest(given), expected)) {
      res.set('WWW-Authenticate', 'Bearer realm="metrics"');
      return next(unauthorized('Send the metrics token as Authorization: Bearer <METRICS_TOKEN>.'));
    }
    res.set('Content-Type', registry.contentType).set('Cache-Control', 'no-store');
    res.send(await registry.metrics());
  };
}

import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

/**
 * One line per request (pino-http): only what a request log needs, no headers at all, so no
 * cookie or token can leak into it. The serializers read the raw request and response
 * themselves (`wrapSerializers: false`): pino-http would otherwise build its full standard
 * objects (every header copied) first, only for these to pick three fields from them. They
 * pick what the standard ones would have: the original URL, and no status before headers went.
 *
 * A silent logger (tests, benchmarks: `LOG_LEVEL=silent`) never writes a line, so it gets no
 * per-request child logger either (about 50 µs a request); routes still find it as `req.log`.
 */
export function requestLog(logger: Logger): RequestHandler {
  if (logger.level === 'silent') {
    return (req, _res, next) => {
      req.log = logger;
      next();
    };
  }
  return pinoHttp({
    logger,
    wrapSerializers: false,
    serializers: {
      req: (req: { id: unknown; method: string; url: string; originalUrl?: string }) => ({
        id: req.id,
        method: req.method,
        url: (req.originalUrl || req.url).split('?')[0],
      }),
      res: (res: { statusCode: number; headersSent: boolean }) => ({
        statusCode: res.headersSent ? res.statusCode : null,
      }),
    },
  });
}

import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { HttpProblem, malformedJson, notFound, payloadTooLarge } from '@server/errors';
import { countDbError, isDatabaseError } from '@server/ops/metrics';

/** Turns a body-parser failure into our problem, or returns undefined. */
function fromBodyParser(err: { type?: string; message?: string; limit?: number }): HttpProblem | undefined {
  if (err.type === 'entity.parse.failed') return malformedJson(err.message ?? 'syntax error');
  if (err.type === 'entity.too.large') return payloadTooLarge(`${err.limit ?? 0} bytes`);
  if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported')
    return new HttpProblem(415, 'unsupported_media_type', 'Unsupported media type', err.message);
  if (err.type === 'request.aborted')
    return new HttpProblem(400, 'bad_request', 'Bad request', 'The request was aborted.');
  return undefined;
}

/** The one place where errors become responses: RFC 9457 problem details. */
export const errorHandler =
  (logger: Logger): ErrorRequestHandler =>
  (err, req, res, next) => {
    if (res.headersSent) return next(err);
    let problem = err instanceof HttpProblem ? err : fromBodyParser(err ?? {});
    if (!problem) {
      if (isDatabaseError(err)) countDbError('request');
      (req.log ?? logger).error({ err, method: req.method, url: req.originalUrl.split('?')[0] }, 'unhandled error');
      problem = new HttpProblem(
        500,
        'internal',
        'Internal server error',
        'Something went wrong on our side; it was logged.',
      );
    }
    res.status(problem.status).set(problem.headers).type('application/problem+json');
    res.send(
      JSON.stringify({
        type: `https://prosumer.example/problems/${problem.code}`,
        title: problem.title,
        status: problem.status,
        code: problem.code,
        detail: problem.detail,
        errors: problem.errors,
        instance: req.originalUrl,
      }),
    );
  };

/** Unknown API routes answer 404 as a problem, not Express's HTML page. */
export const apiNotFound: RequestHandler = (req, _res, next) => next(notFound(`${req.method} ${req.path}`));

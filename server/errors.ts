import type { ProblemCode, Violation } from '@shared/api';

/**
 * An HTTP error with a stable `code`; the error handler turns it into an RFC 9457
 * problem response. Create them through the factories below, never by hand in a route.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: Violation[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
  }
}

export const badRequest = (detail: string, errors?: Violation[]) =>
  new HttpProblem(400, 'bad_request', 'Bad request', detail, errors);
export const malformedJson = (detail: string) =>
  new HttpProblem(400, 'malformed_json', 'Malformed JSON', `The request body is not valid JSON: ${detail}`);
export const invalidBody = (errors: Violation[]) =>
  new HttpProblem(400, 'invalid_body', 'Invalid request body', errors.map((e) => e.message).join('; '), errors);
export const unsupportedMediaType = (type: string | undefined) =>
  new HttpProblem(
    415,
    'unsupported_media_type',
    'Unsupported media type',
    `Send the body as application/json (got ${type ? JSON.stringify(type) : 'no Content-Type'}).`,
  );
export const payloadTooLarge = (limit: string) =>
  new HttpProblem(413, 'payload_too_large', 'Payload too large', `The request body is larger than ${limit}.`);
export const unauthorized = (detail = 'Sign in first.') => new HttpProblem(401, 'unauthorized', 'Unauthorized', detail);
export const forbidden = (detail = 'You may not do this.') => new HttpProblem(403, 'forbidden', 'Forbidden', detail);
export const notFound = (what: string) => new HttpProblem(404, 'not_found', 'Not found', `${what} was not found.`);
/** A link or thing that existed and is no more (a revoked or expired invite). */
export const gone = (detail: string) => new HttpProblem(410, 'gone', 'Gone', detail);
export const conflict = (detail: string) => new HttpProblem(409, 'conflict', 'Conflict', detail);
export const preconditionFailed = (detail: string) =>
  new HttpProblem(412, 'precondition_failed', 'Precondition failed', detail);
export const preconditionRequired = (detail: string) =>
  new HttpProblem(428, 'precondition_required', 'Precondition required', detail);
/** A catalog draft that cannot be published yet; each error's `path` is its JSON pointer. */
export const invalidCatalog = (errors: Violation[]) =>
  new HttpProblem(
    422,
    'invalid_catalog',
    'The catalog draft has errors',
    `Fix the ${errors.length} error(s) in the draft first.`,
    errors,
  );
/** A CSV upload with bad cells; each error names its row and column. */
export const invalidCsv = (errors: Violation[]) =>
  new HttpProblem(422, 'invalid_csv', 'The CSV has errors', errors.map((e) => e.message).join('; '), errors);
/** A JSON Patch that is malformed (400), names a forbidden key, or cannot be applied (422). */
export const invalidPatch = (status: 400 | 422, detail: string, errors?: Violation[]) =>
  new HttpProblem(status, 'invalid_patch', 'The patch cannot be applied', detail, errors);
/** 412 for a stale draft, saying who saved since and what they changed (`errors`). */
export const staleDraftProblem = (detail: string, changes: Violation[]) =>
  new HttpProblem(412, 'precondition_failed', 'Precondition failed', detail, changes);
/** An image upload of a kind we do not take (SVG, GIF, anything but PNG, JPEG and WebP). */
export const unsupportedImage = (type: string | undefined) =>
  new HttpProblem(
    415,
    'unsupported_image_type',
    'Unsupported image type',
    `Send a PNG, JPEG or WebP image as image/png, image/jpeg or image/webp (got ${type ? JSON.stringify(type) : 'no type'}).`,
  );
/** An upload that is not an image we can decode (422). */
export const invalidImage = (detail: string) =>
  new HttpProblem(422, 'invalid_image', 'The image cannot be used', detail);
export const invalidDesign = (errors: Violation[]) =>
  new HttpProblem(
    422,
    'invalid_design',
    'The design breaks the catalog rules',
    errors.map((e) => e.message).join('; '),
    errors,
  );
export const textRejected = (errors: Violation[]) =>
  new HttpProblem(422, 'text_rejected', 'A text is not allowed', errors.map((e) => e.message).join('; '), errors);
export const rateLimited = (retryAfterSeconds: number) =>
  new HttpProblem(429, 'rate_limited', 'Too many requests', `Try again in ${retryAfterSeconds} s.`, undefined, {
    'Retry-After': String(retryAfterSeconds),
  });
/** Wrong password and unknown email get exactly this answer: it never tells which was wrong. */
export const invalidCredentials = () =>
  new HttpProblem(401, 'unauthorized', 'Unauthorized', 'The email or the password is wrong.');
export const accountSuspended = () =>
  new HttpProblem(
    403,
    'forbidden',
    'Forbidden',
    'This account is suspended; contact the shop if you think this is a mistake.',
  );
export const emailTaken = () =>
  new HttpProblem(409, 'conflict', 'Conflict', 'An account with this email already exists; sign in instead.');
/** A sign-in over plain HTTP in production, where the Secure session cookie would be dropped. */
export const httpsRequired = () =>
  new HttpProblem(
    403,
    'https_required',
    'HTTPS required',
    'Signing in needs HTTPS: in production the session cookie is only kept over HTTPS. Open the shop through its https:// address; behind a TLS proxy, set TRUST_PROXY so the server sees X-Forwarded-Proto.',
  );
export const foreignOrigin = () =>
  new HttpProblem(
    403,
    'forbidden',
    'Forbidden',
    'This request came from another site and was refused (cross-site request forgery protection).',
  );

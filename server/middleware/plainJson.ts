import type { IncomingMessage } from 'node:http';
import { badRequest, malformedJson } from '@server/errors';

/** `64kb`, `1mb`, or a number of bytes, as express.json takes its limit. */
export function limitBytes(limit: string): number {
  const m = /^(\d+)(b|kb|mb)?$/i.exec(limit.trim());
  if (!m) throw new Error(`Body limit ${JSON.stringify(limit)}: write it like "64kb" or "1mb".`);
  return Number(m[1]) * { b: 1, kb: 1024, mb: 1024 * 1024 }[(m[2] ?? 'b').toLowerCase() as 'b' | 'kb' | 'mb'];
}

const UTF8_ONLY = /^;\s*charset\s*=\s*"?utf-?8"?\s*$/i;

/**
 * True for what every fetch of our client sends: a declared length within `limit`, no
 * Content-Encoding, at most `charset=utf-8`. Those bodies `readPlainJson` reads; anything else
 * (compressed, chunked, another charset, too large) goes to express.json, which knows those cases.
 */
export function isPlainJson(req: IncomingMessage, contentType: string, limit: number): boolean {
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  if (req.headers['transfer-encoding'] !== undefined) return false;
  const length = Number(req.headers['content-length']);
  if (!(length > 0 && length <= limit)) return false;
  const semi = contentType.indexOf(';');
  return semi < 0 || UTF8_ONLY.test(contentType.slice(semi));
}

/** Index of the first byte that is not JSON whitespace (after a UTF-8 byte order mark). */
function firstByte(buf: Buffer, from: number): number {
  let i = from;
  while (i < buf.length && (buf[i] === 0x20 || buf[i] === 0x09 || buf[i] === 0x0a || buf[i] === 0x0d)) i++;
  return i;
}

/**
 * Reads and parses a body `isPlainJson` accepted, as express.json would with `strict: true`
 * (an object or array at the top, a leading byte order mark skipped), with less machinery:
 * no decoder stream, charset lookup or async resource per request. Errors are the same
 * problems: malformed JSON 400, an aborted request 400. WHY inline callbacks and nothing
 * stored on the request: under tsx a named closure costs an Object.defineProperty, and a
 * property added to an Express request costs microseconds (see recordRoutes).
 */
export function readPlainJson(
  req: IncomingMessage & { body?: unknown },
  _res: unknown,
  next: (err?: unknown) => void,
): void {
  const chunks: Buffer[] = [];
  let done = false;
  req.on('data', (chunk: Buffer) => void chunks.push(chunk));
  // `on`, not `once`: each fires at most once, and `done` keeps the two apart.
  req.on('error', () => {
    if (!done) next(badRequest('The request was aborted.'));
    done = true;
  });
  req.on('end', () => {
    if (done) return;
    done = true;
    next(parsePlain(req, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
  });
}

/** Sets `req.body` from the bytes read, or returns the problem with them. */
function parsePlain(req: IncomingMessage & { body?: unknown }, buf: Buffer): unknown {
  if (buf.length !== Number(req.headers['content-length']))
    return badRequest('The request body does not match its Content-Length.');
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const first = buf[firstByte(buf, bom)];
  if (first !== 0x7b && first !== 0x5b) return malformedJson('the body must be a JSON object or array.');
  try {
    req.body = JSON.parse(buf.toString('utf8', bom));
  } catch (e) {
    return malformedJson((e as Error).message);
  }
  return undefined;
}

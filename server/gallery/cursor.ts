import { PUBLIC_ID } from '@server/models/ids';
import type { GallerySort } from '@shared/api';
import { badRequest } from '@server/errors';

/** Where a page ended: the sort keys of its last design. `votes` only in the "top" order. */
export interface GalleryKey {
  sort: GallerySort;
  publishedAt: Date;
  id: string;
  votes?: number;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const MAX_VOTES = 1_000_000_000;

/** The opaque cursor of a key: base64url of a short JSON object. */
export function encodeCursor(key: GalleryKey): string {
  const body: Record<string, unknown> = { s: key.sort, p: key.publishedAt.toISOString(), i: key.id };
  if (key.sort === 'top') body.v = key.votes ?? 0;
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

const invalid = () => badRequest('cursor must be the nextCursor of a previous gallery page with the same sort.');

function parse(raw: string): unknown {
  const bytes = Buffer.from(raw, 'base64url');
  // Buffer decoding is lenient; only the exact encoding of what it decodes to is accepted.
  if (bytes.toString('base64url') !== raw) throw invalid();
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw invalid();
  }
}

/**
 * The key in a cursor made by {@link encodeCursor} for `sort`; 400 for anything else (other
 * keys, wrong types, an impossible date, a cursor of the other order).
 */
export function decodeCursor(raw: string, sort: GallerySort): GalleryKey {
  const c = parse(raw);
  if (typeof c !== 'object' || c === null || Array.isArray(c)) throw invalid();
  const { s, p, i, v, ...rest } = c as Record<string, unknown>;
  if (Object.keys(rest).length || s !== sort) throw invalid();
  if (typeof p !== 'string' || !ISO.test(p) || typeof i !== 'string' || !PUBLIC_ID.test(i)) throw invalid();
  const publishedAt = new Date(p);
  if (Number.isNaN(publishedAt.getTime()) || publishedAt.toISOString() !== p) throw invalid();
  if (sort === 'new') {
    if (v !== undefined) throw invalid();
    return { sort, publishedAt, id: i };
  }
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_VOTES) throw invalid();
  return { sort, publishedAt, id: i, votes: v };
}

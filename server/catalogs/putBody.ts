import { badRequest } from '@server/errors';

/** A catalog is about six levels deep; the `$`/`.` key check looks 32 deep, so nothing may hide below. */
export const MAX_DEPTH = 24;

function depthOf(value: unknown, depth = 0): number {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return depth;
  let max = depth;
  for (const v of Object.values(value)) max = Math.max(max, depthOf(v, depth + 1));
  return max;
}

const ENVELOPE_KEYS = new Set(['draft', 'errors', 'revision']);

/**
 * The draft a PUT stores: the bare catalog, or the `{draft, errors, revision}` envelope exactly
 * as GET sent it (a catalog has no `draft` key, so the two cannot be confused). Anything else
 * that looks like an envelope is a 400 naming the mistake, never a broken draft.
 */
export function draftFromPutBody(body: unknown): Record<string, unknown> {
  if (body === undefined) throw badRequest('Send the whole draft as a JSON object.');
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw badRequest('The draft must be a JSON object.');
  let draft = body as Record<string, unknown>;
  if ('draft' in draft) {
    const extra = Object.keys(draft).filter((k) => !ENVELOPE_KEYS.has(k));
    if (extra.length)
      throw badRequest(
        `Send either the bare draft or the {draft, errors, revision} envelope GET returned; the envelope has no ${extra.map((k) => JSON.stringify(k)).join(', ')}.`,
      );
    const inner = draft.draft;
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner))
      throw badRequest('"draft" in the envelope must be the catalog draft, a JSON object.');
    draft = inner as Record<string, unknown>;
  }
  if (depthOf(draft) > MAX_DEPTH) throw badRequest(`The draft is nested deeper than ${MAX_DEPTH} levels.`);
  return draft;
}

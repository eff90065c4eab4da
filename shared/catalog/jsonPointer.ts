/** One step of a JSON pointer: `~` and `/` are escaped as RFC 6901 requires. */
function escapeSegment(segment: string | number): string {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * Builds a JSON pointer (RFC 6901) from path segments: `jsonPointer('options', 12, 'priceCents')`
 * is `/options/12/priceCents`; no segments is the whole document, `''`.
 */
export function jsonPointer(...segments: (string | number)[]): string {
  return segments.map((segment) => `/${escapeSegment(segment)}`).join('');
}

/** Appends segments to an existing pointer, such as an ajv `instancePath`. */
export function appendPointer(base: string, ...segments: (string | number)[]): string {
  return base + jsonPointer(...segments);
}

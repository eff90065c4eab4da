/**
 * The fixed dev/held-out split of every external text, by a hash of its lower-cased text: the
 * same word always lands in the same part, whatever list it came from. About 30 % is held out.
 * Tuning (terms, whitelist, lexicon) may look at `dev` only; the held-out part is read by
 * tests/moderation/holdout/ alone (the bench and one accuracy test print its figures).
 */
export type Part = 'dev' | 'holdout';

function hash(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return h;
}

/** Which part a text belongs to. */
export const partOf = (text: string): Part => (hash(text.toLowerCase()) % 100 < 30 ? 'holdout' : 'dev');

/** Only the entries of one part. */
export const inPart = <T>(items: T[], part: Part, text: (t: T) => string = String): T[] =>
  items.filter((t) => partOf(text(t)) === part);

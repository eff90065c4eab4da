import type { TextPolicy } from '@shared/moderation';
import type { MildPolicy } from './types';

/**
 * The text policy: what a `mild` finding (Mist, verdammt, Depp, Idiot, damn, crap, moron) and a
 * `review` finding become. Site setting `TEXT_FILTER_MILD=allow|review|block` (default `review`:
 * a person looks before it is published, the shopper may still save it); review findings stay
 * `review`. A catalog's `textPolicy` overrides either field for its designs and reviews (a
 * catalog for children, say: `{ "mild": "block", "review": "block" }`).
 */
const POLICIES: readonly MildPolicy[] = ['allow', 'review', 'block'];

/** Parses a policy value; throws a message that names the setting for anything else. */
export function parseMildPolicy(value: string | undefined, setting = 'TEXT_FILTER_MILD'): MildPolicy {
  if (value === undefined || value === '') return 'review';
  const v = value.trim().toLowerCase() as MildPolicy;
  if (!POLICIES.includes(v)) throw new Error(`${setting} must be one of allow, review, block (got "${value}").`);
  return v;
}

/** Read when the server loads, so a wrong value stops the start with a message, not a check. */
const site: MildPolicy = parseMildPolicy(process.env.TEXT_FILTER_MILD);

/** The site's mild-word policy from `TEXT_FILTER_MILD`. */
export const mildPolicy = (): MildPolicy => site;

/** The policy in force: the catalog's fields where it sets them, the site's otherwise. */
export function textPolicy(catalog?: Partial<TextPolicy>): TextPolicy {
  return { mild: catalog?.mild ?? site, review: catalog?.review ?? 'review' };
}

import type { MildPolicy } from './types';

/**
 * The mild-word policy: what a `mild` finding (Mist, verdammt, Depp, Idiot, damn, crap, moron)
 * becomes. Site setting `TEXT_FILTER_MILD=allow|review|block` (default `review`: a person looks
 * before it is published, the shopper may still save it); a caller with its own setting (a
 * catalog for children, say) passes `mild` to `checkTextWith`.
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

/**
 * The held-out part of the external data. Only scripts/bench/textFilter.ts and
 * tests/moderation/holdout/holdout.test.ts import this: nothing used for tuning the term data
 * (generateListed.ts, the dev reports) may read it, so its figures say how the filter does on
 * texts its authors never looked at.
 */
import { externalSet, type ExternalSet } from '../external/figures';

/** The held-out external texts (every `every`-th dictionary word). */
export const holdoutSet = (every = 1): ExternalSet => externalSet('holdout', every);

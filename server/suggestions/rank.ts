import type { CoCounts } from './counts';

/** What ranking needs to know of an option besides its counts: for the prior of new ones. */
export interface OptionMeta {
  groupId: string;
  tags: readonly string[];
}

export interface RankInput {
  counts: CoCounts;
  /** Option ids already in the design. */
  chosen: readonly string[];
  /** Options that may be suggested: available by the guidance and not chosen. */
  candidates: readonly string[];
  /** A pair counts only once this many designs contain it; an option likewise. */
  minSupport: number;
  k: number;
  meta: ReadonlyMap<string, OptionMeta>;
}

export interface Ranked {
  optionId: string;
  score: number;
  reason: 'often_with' | 'popular' | 'new_option';
  /** For `often_with`: the chosen option it goes with most. */
  because?: string;
}

/** Popularity's weight next to co-occurrence: it orders designs with few signals. */
const POPULARITY_WEIGHT = 0.1;
/** A new option's prior is this share of what similar options of its group score. */
const NEW_DISCOUNT = 0.8;

const jaccard = (a: readonly string[], b: readonly string[]) => {
  if (!a.length && !b.length) return 1;
  const s = new Set(a);
  const both = b.filter((t) => s.has(t)).length;
  return both / (a.length + b.length - both);
};

/**
 * Item-to-item "often combined with": for candidate j, the sum over chosen i of the cosine
 * co(i,j)/sqrt(cnt(i)·cnt(j)) over pairs with enough support, plus a little popularity;
 * without any supported pair, popularity alone. An option with too few designs of its own
 * (a new one) gets a prior: what tag-alike options of its group score, discounted; at most
 * one such option is suggested.
 */
export function rankSuggestions(input: RankInput): Ranked[] {
  const { counts, minSupport, meta } = input;
  const chosen = input.chosen.map((id) => counts.find(id)).filter((i) => i >= 0 && counts.cnt[i]! >= minSupport);
  const total = Math.max(1, counts.designs);
  const known: Ranked[] = [];
  const fresh: string[] = [];
  for (const id of input.candidates) {
    const j = counts.find(id);
    const cj = j < 0 ? 0 : counts.cnt[j]!;
    if (cj < minSupport) {
      fresh.push(id);
      continue;
    }
    let co = 0;
    let best = -1;
    let bestPart = 0;
    for (const i of chosen) {
      const c = counts.pair(i, j);
      if (c < minSupport) continue;
      const part = c / Math.sqrt(counts.cnt[i]! * cj);
      co += part;
      if (part > bestPart) [best, bestPart] = [i, part];
    }
    const score = co + (POPULARITY_WEIGHT * cj) / total;
    known.push(
      best >= 0
        ? { optionId: id, score, reason: 'often_with', because: counts.ids[best] }
        : { optionId: id, score, reason: 'popular' },
    );
  }
  const priors = fresh.map((id) => ({ optionId: id, score: priorOf(id, known, meta), reason: 'new_option' as const }));
  const newest = priors.sort((a, b) => b.score - a.score || a.optionId.localeCompare(b.optionId))[0];
  const all = newest && newest.score > 0 ? [...known, newest] : known;
  return all.sort((a, b) => b.score - a.score || a.optionId.localeCompare(b.optionId)).slice(0, input.k);
}

/** The tag-weighted mean score of the established options of the same group. */
function priorOf(id: string, known: Ranked[], meta: ReadonlyMap<string, OptionMeta>): number {
  const me = meta.get(id);
  if (!me) return 0;
  let sum = 0;
  let weight = 0;
  for (const r of known) {
    const other = meta.get(r.optionId);
    if (!other || other.groupId !== me.groupId) continue;
    const w = 0.1 + jaccard(me.tags, other.tags);
    sum += w * r.score;
    weight += w;
  }
  return weight ? (NEW_DISCOUNT * sum) / weight : 0;
}

/** The baseline: most designs first, among the same candidates. */
export function rankByPopularity(counts: CoCounts, candidates: readonly string[], k: number): string[] {
  const cntOf = (id: string) => {
    const j = counts.find(id);
    return j < 0 ? 0 : counts.cnt[j]!;
  };
  return [...candidates].sort((a, b) => cntOf(b) - cntOf(a) || a.localeCompare(b)).slice(0, k);
}

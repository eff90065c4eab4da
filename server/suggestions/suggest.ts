import type { Catalog, DesignDraft, Locale } from '@shared/catalog/types';
import { guidance } from '@shared/rules';
import { SUGGESTIONS_MAX, type Suggestion } from '@shared/suggestions';
import type { CoCounts } from './counts';
import { rankSuggestions, type OptionMeta } from './rank';
import { reasonOf } from './reasons';

const metas = new WeakMap<Catalog, Map<string, OptionMeta>>();
const metaOf = (catalog: Catalog) => {
  let m = metas.get(catalog);
  if (!m) {
    m = new Map(catalog.options.map((o) => [o.id, { groupId: o.groupId, tags: o.tags }]));
    metas.set(catalog, m);
  }
  return m;
};

/**
 * The top options to add to `draft`: only those the guidance marks available (so adding one
 * never leads into a dead end) and not chosen yet, ranked by how often saved designs combine
 * them with what is chosen (server/suggestions/rank.ts). No counts yet: nothing to suggest.
 */
export function suggest(
  catalog: Catalog,
  draft: DesignDraft,
  counts: CoCounts | undefined,
  opts: { minSupport: number; locale: Locale; k?: number },
): Suggestion[] {
  if (!counts || counts.designs === 0) return [];
  const g = guidance(catalog, draft, opts.locale);
  const chosen = draft.selections.filter((s) => s.quantity > 0).map((s) => s.optionId);
  const taken = new Set(chosen);
  const candidates = catalog.options.filter((o) => g.options[o.id]?.available && !taken.has(o.id)).map((o) => o.id);
  const ranked = rankSuggestions({
    counts,
    chosen,
    candidates,
    minSupport: opts.minSupport,
    k: opts.k ?? SUGGESTIONS_MAX,
    meta: metaOf(catalog),
  });
  const byId = new Map(catalog.options.map((o) => [o.id, o]));
  return ranked.map((r) => ({
    optionId: r.optionId,
    quantity: byId.get(r.optionId)?.quantity?.min ?? 1,
    reason: reasonOf(catalog, r, byId, opts.locale),
  }));
}

/**
 * What a design's numbers do when its catalog changes: price, weight, allergens and the diets
 * it fits, old → new. Pure and per design, so the impact report and the upgrade offer agree.
 */
import type { Catalog, DesignDraft } from '../catalog/types';
import { computeTotals } from '../totals';

export interface Delta<T> {
  before: T;
  after: T;
}
export interface SetDelta {
  added: string[];
  removed: string[];
}
export interface DesignChanges {
  price?: Delta<number>;
  weight?: Delta<number>;
  allergens?: SetDelta;
  /** Diet ids (the catalog's diet rules) the design fits before and after. */
  diets?: SetDelta;
}

const dietsFitted = (catalog: Catalog, tags: readonly string[]) =>
  catalog.rules.filter((r) => r.kind === 'diet' && tags.includes(r.tag)).map((r) => r.id);

function setDelta(before: readonly string[], after: readonly string[]): SetDelta | undefined {
  const added = after.filter((x) => !before.includes(x));
  const removed = before.filter((x) => !after.includes(x));
  return added.length || removed.length ? { added, removed } : undefined;
}

/** The changes of `design` from catalog `before` to `after`; `{}` when nothing a shopper sees moves. */
export function designChanges(before: Catalog, after: Catalog, design: DesignDraft): DesignChanges {
  const a = computeTotals(before, design);
  const b = computeTotals(after, design);
  const out: DesignChanges = {};
  if (a.priceCents !== b.priceCents) out.price = { before: a.priceCents, after: b.priceCents };
  if (a.weightGrams !== b.weightGrams) out.weight = { before: a.weightGrams, after: b.weightGrams };
  const allergens = setDelta(a.allergens, b.allergens);
  if (allergens) out.allergens = allergens;
  const diets = setDelta(dietsFitted(before, a.commonTags), dietsFitted(after, b.commonTags));
  if (diets) out.diets = diets;
  return out;
}

export const hasChanges = (c: DesignChanges) => Object.keys(c).length > 0;

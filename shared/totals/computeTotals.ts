/** Totals of a design: price, weight, nutrition per 100 g, allergens, shared tags, units. */
import {
  ALLERGENS,
  NUTRIENTS,
  type Catalog,
  type CatalogOption,
  type DesignDraft,
  type Nutrition,
} from '@shared/catalog/types';
import type { Totals } from '@shared/api';

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Option index per catalog object: catalogs are immutable once loaded, totals run on every click and request. */
const indexes = new WeakMap<Catalog, Map<string, CatalogOption>>();
function optionIndex(catalog: Catalog): Map<string, CatalogOption> {
  let byId = indexes.get(catalog);
  if (!byId) {
    byId = new Map((Array.isArray(catalog.options) ? catalog.options : []).map((o) => [o.id, o]));
    indexes.set(catalog, byId);
  }
  return byId;
}

/** Chosen known options with their summed quantities; unknown ids and bad quantities are skipped. */
function chosen(catalog: Catalog, design: DesignDraft): [CatalogOption, number][] {
  const byId = optionIndex(catalog);
  const units = new Map<CatalogOption, number>();
  for (const sel of Array.isArray(design?.selections) ? design.selections : []) {
    const option = sel && byId.get(sel.optionId);
    const q = sel?.quantity;
    if (!option || typeof q !== 'number' || !Number.isFinite(q) || q <= 0) continue;
    units.set(option, (units.get(option) ?? 0) + q);
  }
  return [...units];
}

/** Weight-weighted mean of the nutrition of options that declare it; null without edible weight. */
function nutritionOf(parts: [CatalogOption, number][]): Nutrition | null {
  let grams = 0;
  const sums = Object.fromEntries(NUTRIENTS.map((k) => [k, 0])) as Record<keyof Nutrition, number>;
  for (const [o, q] of parts) {
    const w = (Number(o.weightGrams) || 0) * q;
    if (!o.nutrition || w <= 0) continue;
    grams += w;
    for (const k of NUTRIENTS) sums[k] += (Number(o.nutrition[k]) || 0) * w;
  }
  if (grams === 0) return null;
  // Energy as whole numbers, everything else to one decimal, as on a nutrition label.
  const per100 = (k: keyof Nutrition) => sums[k] / grams;
  return Object.fromEntries(
    NUTRIENTS.map((k) => [k, k === 'energyKj' || k === 'energyKcal' ? Math.round(per100(k)) : round1(per100(k))]),
  ) as unknown as Nutrition;
}

/**
 * The totals of `design`: base price plus price × quantity, weight, nutrition per 100 g,
 * the union of allergens in the EU order, the tags every chosen option carries, and units.
 * Unknown options are ignored here; the rule engine reports them.
 */
export function computeTotals(catalog: Catalog, design: DesignDraft): Totals {
  const parts = chosen(catalog, design);
  const allergens = new Set(parts.flatMap(([o]) => (Array.isArray(o.allergens) ? o.allergens : [])));
  const tagLists = parts.map(([o]) => (Array.isArray(o.tags) ? o.tags : []));
  const commonTags = tagLists.length ? tagLists[0].filter((t) => tagLists.every((tags) => tags.includes(t))) : [];
  return {
    priceCents: Math.round(
      (Number(catalog.basePriceCents) || 0) + parts.reduce((s, [o, q]) => s + (Number(o.priceCents) || 0) * q, 0),
    ),
    weightGrams: round1(parts.reduce((s, [o, q]) => s + (Number(o.weightGrams) || 0) * q, 0)),
    nutritionPer100g: nutritionOf(parts),
    allergens: ALLERGENS.filter((a) => allergens.has(a)),
    commonTags: [...new Set(commonTags)],
    units: parts.reduce((s, [, q]) => s + q, 0),
  };
}

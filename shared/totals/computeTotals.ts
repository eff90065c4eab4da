/** Totals of a design: price, weight, nutrition per 100 g, allergens, shared tags, units. */
import { ALLERGENS, NUTRIENTS, type Catalog, type DesignDraft, type Nutrition } from '@shared/catalog/types';
import type { Totals } from '@shared/api';

const round1 = (x: number) => Math.round(x * 10) / 10;
const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : Number(x) || 0);

/** One option reduced to the numbers totals need; built once per catalog. */
interface OptionFacts {
  price: number;
  weight: number;
  /** Nutrition per 100 g in NUTRIENTS order, or null for non-food options. */
  nutrition: Float64Array | null;
  /** Bit i set when the option contains ALLERGENS[i]. */
  allergenBits: number;
  tags: readonly string[];
}

/** Per catalog object: catalogs are immutable once loaded, totals run on every click and request. */
const factsCache = new WeakMap<Catalog, Map<string, OptionFacts>>();

function factsOf(catalog: Catalog): Map<string, OptionFacts> {
  let facts = factsCache.get(catalog);
  if (facts) return facts;
  facts = new Map();
  for (const o of Array.isArray(catalog.options) ? catalog.options : []) {
    if (!o || typeof o.id !== 'string') continue;
    const allergens = Array.isArray(o.allergens) ? o.allergens : [];
    facts.set(o.id, {
      price: num(o.priceCents),
      weight: num(o.weightGrams),
      nutrition: o.nutrition ? Float64Array.from(NUTRIENTS, (k) => num(o.nutrition![k])) : null,
      allergenBits: ALLERGENS.reduce((bits, a, i) => (allergens.includes(a) ? bits | (1 << i) : bits), 0),
      tags: Array.isArray(o.tags) ? [...new Set(o.tags)] : [],
    });
  }
  factsCache.set(catalog, facts);
  return facts;
}

/** Energy as whole numbers, everything else to one decimal, as on a nutrition label. */
function per100(sums: Float64Array, grams: number): Nutrition {
  const out = {} as Nutrition;
  NUTRIENTS.forEach((k, i) => {
    const v = sums[i] / grams;
    out[k] = k === 'energyKj' || k === 'energyKcal' ? Math.round(v) : round1(v);
  });
  return out;
}

/**
 * The totals of `design`: base price plus price × quantity, weight, nutrition per 100 g
 * (weight-weighted mean over options that declare it; null without edible weight), the union
 * of allergens in the EU order, the tags every chosen option carries, and units. Unknown
 * options and quantities that are not positive numbers are ignored here; the rule engine
 * reports them.
 */
export function computeTotals(catalog: Catalog, design: DesignDraft): Totals {
  const facts = factsOf(catalog);
  const selections = Array.isArray(design?.selections) ? design.selections : [];
  let price = num(catalog.basePriceCents);
  let weight = 0;
  let edible = 0;
  let units = 0;
  let allergenBits = 0;
  let common: Set<string> | null = null;
  const sums = new Float64Array(NUTRIENTS.length);
  for (const sel of selections) {
    const f = sel && typeof sel.optionId === 'string' ? facts.get(sel.optionId) : undefined;
    const q = sel?.quantity;
    if (!f || typeof q !== 'number' || !Number.isFinite(q) || q <= 0) continue;
    price += f.price * q;
    weight += f.weight * q;
    units += q;
    allergenBits |= f.allergenBits;
    common = common ? new Set(f.tags.filter((t) => common!.has(t))) : new Set(f.tags);
    const w = f.weight * q;
    if (f.nutrition && w > 0) {
      edible += w;
      for (let i = 0; i < sums.length; i++) sums[i] += f.nutrition[i] * w;
    }
  }
  return {
    priceCents: Math.round(price),
    weightGrams: round1(weight),
    nutritionPer100g: edible > 0 ? per100(sums, edible) : null,
    allergens: ALLERGENS.filter((_, i) => allergenBits & (1 << i)),
    commonTags: common ? [...common] : [],
    units,
  };
}

/**
 * Stock now: which options of a published catalog can be had today, and for a saved design
 * that contains one that cannot, the closest replacement in the same group.
 */
import type { Catalog, CatalogOption, LocalizedText } from '../catalog/types';

/** GET/PUT /api/admin/catalogs/:id/stock: the newest version's options with their stock now. */
export interface StockView {
  catalogId: string;
  version: number;
  /** Bumped by every change of the stock (0: nothing changed since publishing). */
  revision: number;
  options: { id: string; groupId: string; name: LocalizedText; inStock: boolean }[];
}

/** One selected option out of stock and what could take its place (null: nothing in the group). */
export interface StockReplacement {
  optionId: string;
  replacementId: string | null;
}

/** [1, 5] before [1, 7] before [2, 0]. */
function lexicallyLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length;

/**
 * The closest in-stock option of the same group that the design does not hold yet: the most
 * tags and allergens in common (a vegan oat for a vegan oat, no new allergen), then the nearest
 * price, then the nearest weight, then catalog order.
 */
export function closestReplacement(
  catalog: Catalog,
  option: CatalogOption,
  taken: ReadonlySet<string>,
): CatalogOption | null {
  let best: { o: CatalogOption; score: number[] } | null = null;
  for (const o of catalog.options) {
    if (o.groupId !== option.groupId || !o.inStock || o.id === option.id || taken.has(o.id)) continue;
    const newAllergens = o.allergens.filter((a) => !option.allergens.includes(a)).length;
    const score = [
      -shared(o.tags, option.tags) + newAllergens,
      Math.abs(o.priceCents - option.priceCents),
      Math.abs(o.weightGrams - option.weightGrams),
    ];
    if (!best || lexicallyLess(score, best.score)) best = { o, score };
  }
  return best?.o ?? null;
}

/** For each selected option that is out of stock now: the closest replacement in its group. */
export function stockReplacements(catalog: Catalog, optionIds: readonly string[]): StockReplacement[] {
  const byId = new Map(catalog.options.map((o) => [o.id, o]));
  const taken = new Set(optionIds);
  const out: StockReplacement[] = [];
  for (const id of optionIds) {
    const o = byId.get(id);
    if (!o || o.inStock) continue;
    const r = closestReplacement(catalog, o, taken);
    if (r) taken.add(r.id);
    out.push({ optionId: id, replacementId: r?.id ?? null });
  }
  return out;
}

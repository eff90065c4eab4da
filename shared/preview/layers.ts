import type { Catalog, CatalogOption, DesignDraft } from '@shared/catalog/types';

/** One coloured band of the preview: an option and how much of it there is. */
export interface PreviewLayer {
  key: string;
  option: CatalogOption;
  amount: number;
  color: string;
}

const FALLBACK = ['#d9a55b', '#8b5a3c', '#c0392b', '#e3c16f', '#6b8e23', '#a0522d', '#f0d9a8', '#7b3f61'];

/** Chosen options in catalog group order, each with its colour (the catalog's, or a warm default). */
export function previewLayers(catalog: Catalog, draft: DesignDraft): PreviewLayer[] {
  const options = new Map(catalog.options.map((o) => [o.id, o]));
  const groupOrder = new Map(catalog.groups.map((g, i) => [g.id, i]));
  return draft.selections
    .flatMap((s) => {
      const option = options.get(s.optionId);
      return option && s.quantity > 0 ? [{ option, quantity: s.quantity }] : [];
    })
    .sort((a, b) => (groupOrder.get(a.option.groupId) ?? 0) - (groupOrder.get(b.option.groupId) ?? 0))
    .map(({ option, quantity }, i) => ({
      key: option.id,
      option,
      amount: option.weightGrams * quantity,
      color: option.color ?? FALLBACK[i % FALLBACK.length],
    }));
}

/** The largest weight a capacity rule allows, else the given default. */
export function weightCapacity(catalog: Catalog, fallback: number): number {
  for (const r of catalog.rules) {
    if (r.kind === 'capacity' && r.attribute === 'weightGrams' && !r.scope && r.max) return r.max;
  }
  return fallback;
}

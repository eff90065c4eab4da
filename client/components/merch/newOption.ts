import type { CatalogOption } from '@shared/catalog/types';

/** An id not yet used in the catalog: `base-2`, `base-3`, … */
export function freeId(options: readonly CatalogOption[], base: string): string {
  const used = new Set(options.map((o) => o.id));
  const stem = base.replace(/-\d+$/, '') || 'option';
  for (let n = 2; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/** A new option in `groupId` (or the fields that make a copy of `from` a new option). */
export function newOption(options: readonly CatalogOption[], groupId: string, from?: CatalogOption): CatalogOption {
  if (from)
    return {
      ...structuredClone(from),
      id: freeId(options, from.id),
      name: { de: `${from.name.de} (Kopie)`, en: `${from.name.en} (copy)` },
    };
  return {
    id: freeId(options, 'neu'),
    groupId,
    name: { de: 'Neue Option', en: 'New option' },
    priceCents: 0,
    weightGrams: 0,
    allergens: [],
    tags: [],
    inStock: true,
  };
}

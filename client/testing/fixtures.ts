import type { Catalog, CatalogOption } from '@shared/catalog/types';

/** A small muesli-like catalog for component and store tests. */
export function option(id: string, extra: Partial<CatalogOption> = {}): CatalogOption {
  return {
    id,
    groupId: 'base',
    name: { de: `Zutat ${id}`, en: `Ingredient ${id}` },
    priceCents: 120,
    weightGrams: 50,
    allergens: [],
    tags: ['vegan'],
    inStock: true,
    quantity: { min: 1, max: 4, step: 1 },
    ...extra,
  };
}

export function testCatalog(): Catalog {
  return {
    schemaVersion: 1,
    id: 'muesli',
    version: 2,
    name: { de: 'Müsli', en: 'Muesli' },
    currency: 'EUR',
    basePriceCents: 199,
    preview: 'jar',
    groups: [
      { id: 'base', name: { de: 'Basis', en: 'Base' } },
      { id: 'fruits', name: { de: 'Früchte', en: 'Fruits' } },
    ],
    options: [
      option('oats', { allergens: ['gluten'], tags: ['vegan', 'organic'] }),
      option('raisins', { groupId: 'fruits', weightGrams: 25 }),
      option('choc', { groupId: 'fruits', tags: [], inStock: false }),
    ],
    rules: [
      {
        kind: 'capacity',
        id: 'bag',
        attribute: 'weightGrams',
        max: 575,
        label: { de: 'Beutel', en: 'bag' },
        unit: 'g',
      },
      { kind: 'groupCount', id: 'base-required', group: 'base', min: 1 },
    ],
    textFields: [{ id: 'dedication', label: { de: 'Widmung', en: 'Dedication' }, required: false, maxLength: 10 }],
  };
}

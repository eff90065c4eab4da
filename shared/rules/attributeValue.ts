/** What a capacity rule can sum: the attributes of an option and one unit's value of each. */
import type { Catalog, CatalogOption, LocalizedText } from '@shared/catalog/types';
import { NUTRIENTS } from '@shared/catalog/types';

/** The value one unit of `option` adds to a capacity attribute (see CapacityRule). */
export function attributeValue(option: CatalogOption, attribute: string): number {
  const weight = Number(option.weightGrams) || 0;
  let value: unknown;
  if (attribute === 'weightGrams') value = weight;
  else if (attribute === 'priceCents') value = option.priceCents;
  else if (attribute === 'quantity') value = 1;
  else if (option.nutrition && attribute in option.nutrition)
    value = (Number(option.nutrition[attribute as keyof typeof option.nutrition]) * weight) / 100;
  else value = option.attributes?.[attribute];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

const BUILT_IN: Record<string, LocalizedText> = {
  weightGrams: { de: 'Gewicht (g)', en: 'Weight (g)' },
  priceCents: { de: 'Preis (Cent)', en: 'Price (cents)' },
  quantity: { de: 'Stückzahl', en: 'Units' },
  energyKj: { de: 'Energie (kJ)', en: 'Energy (kJ)' },
  energyKcal: { de: 'Energie (kcal)', en: 'Energy (kcal)' },
  fat: { de: 'Fett (g)', en: 'Fat (g)' },
  saturates: { de: 'gesättigte Fettsäuren (g)', en: 'Saturates (g)' },
  carbohydrate: { de: 'Kohlenhydrate (g)', en: 'Carbohydrate (g)' },
  sugars: { de: 'Zucker (g)', en: 'Sugars (g)' },
  fibre: { de: 'Ballaststoffe (g)', en: 'Fibre (g)' },
  protein: { de: 'Eiweiß (g)', en: 'Protein (g)' },
  salt: { de: 'Salz (g)', en: 'Salt (g)' },
};

/** The attributes a capacity rule of `catalog` may sum, for a form's choice list. */
export function capacityAttributes(catalog: Catalog): { id: string; label: LocalizedText }[] {
  const own = new Set<string>();
  for (const o of Array.isArray(catalog.options) ? catalog.options : [])
    for (const key of Object.keys(o?.attributes ?? {})) own.add(key);
  const builtIn = ['weightGrams', 'priceCents', 'quantity', ...NUTRIENTS];
  return [
    ...builtIn.map((id) => ({ id, label: BUILT_IN[id] })),
    ...[...own].filter((id) => !(id in BUILT_IN)).map((id) => ({ id, label: { de: id, en: id } })),
  ];
}

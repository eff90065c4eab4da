import { describe, expect, it } from 'vitest';
import muesli from '@catalogs/muesli.json';
import type { Catalog } from '@shared/catalog/types';
import { computeTotals } from '@shared/totals';

const opt = (id: string, extra: object) => ({
  id,
  groupId: 'g',
  name: { de: id, en: id },
  priceCents: 100,
  weightGrams: 50,
  allergens: [],
  tags: [],
  inStock: true,
  ...extra,
});
const nutrition = (kcal: number, fat: number) => ({
  energyKj: kcal * 4.184,
  energyKcal: kcal,
  fat,
  saturates: 0,
  carbohydrate: 0,
  sugars: 0,
  fibre: 0,
  protein: 0,
  salt: 0,
});
const catalog = {
  id: 'c',
  basePriceCents: 250,
  groups: [],
  rules: [],
  textFields: [],
  options: [
    opt('a', { nutrition: nutrition(400, 10), allergens: ['nuts', 'gluten'], tags: ['vegan', 'organic'] }),
    opt('b', { weightGrams: 150, nutrition: nutrition(100, 1.25), allergens: ['milk'], tags: ['organic', 'vegan'] }),
    opt('font', { weightGrams: 0, priceCents: 30, tags: ['organic'] }),
  ],
} as unknown as Catalog;

describe('computeTotals', () => {
  it('sums price and weight, averages nutrition by weight, keeps EU allergen order', () => {
    const t = computeTotals(catalog, {
      catalogId: 'c',
      selections: [
        { optionId: 'a', quantity: 1 },
        { optionId: 'b', quantity: 1 },
        { optionId: 'font', quantity: 2 },
        { optionId: 'ghost', quantity: 3 },
      ],
    });
    expect(t.priceCents).toBe(250 + 100 + 100 + 60);
    expect(t.weightGrams).toBe(200);
    expect(t.nutritionPer100g?.energyKcal).toBe(175); // (400·50 + 100·150) / 200
    expect(t.nutritionPer100g?.fat).toBe(3.4); // 3.4375 to one decimal
    expect(t.allergens).toEqual(['gluten', 'milk', 'nuts']);
    expect(t.commonTags).toEqual(['organic']);
    expect(t.units).toBe(4);
  });
  it('has no nutrition without edible weight, and no tags for an empty design', () => {
    expect(
      computeTotals(catalog, { catalogId: 'c', selections: [{ optionId: 'font', quantity: 1 }] }).nutritionPer100g,
    ).toBeNull();
    expect(computeTotals(catalog, { catalogId: 'c', selections: [] })).toMatchObject({
      priceCents: 250,
      commonTags: [],
      units: 0,
    });
  });
  it('works on the muesli seed catalog', () => {
    const c = muesli as unknown as Catalog;
    const t = computeTotals(c, { catalogId: 'muesli', selections: [{ optionId: c.options[0].id, quantity: 2 }] });
    expect(t.weightGrams).toBe(c.options[0].weightGrams * 2);
  });
});

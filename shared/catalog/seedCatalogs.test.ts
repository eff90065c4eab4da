import { describe, expect, it } from 'vitest';
import burger from '@catalogs/burger.json';
import label from '@catalogs/label.json';
import muesli from '@catalogs/muesli.json';
import { checkCatalog } from './checkCatalog';
import { NUTRIENTS, type Catalog } from './types';

/** Checks a seed and returns it typed; fails the test with every error otherwise. */
function seed(data: unknown, source: string): Catalog {
  const result = checkCatalog(data, source);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.source}#${e.pointer}: ${e.message}`).join('\n'));
  return result.catalog;
}

const optionsIn = (catalog: Catalog, groupId: string) => catalog.options.filter((o) => o.groupId === groupId);

describe('seed catalogs', () => {
  it('the muesli has 80+ ingredients in 6 groups, each with the nine nutrients', () => {
    const catalog = seed(muesli, 'muesli.json');
    expect(catalog).toMatchObject({ id: 'muesli', preview: 'jar' });
    expect(catalog.options.length).toBeGreaterThanOrEqual(80);
    expect(catalog.groups.map((g) => g.id)).toEqual([
      'base',
      'fruits',
      'nuts-seeds',
      'chocolate-sweets',
      'superfoods',
      'extras',
    ]);
    for (const option of catalog.options) {
      expect(Object.keys(option.nutrition ?? {}).sort(), option.id).toEqual([...NUTRIENTS].sort());
      expect(option.color, option.id).toBeDefined();
    }
  });

  it('the muesli tags agree with the allergens: nothing gluten-free contains gluten, nothing vegan milk', () => {
    const catalog = seed(muesli, 'muesli.json');
    for (const option of catalog.options) {
      if (option.tags.includes('gluten-free')) expect(option.allergens, option.id).not.toContain('gluten');
      if (option.tags.includes('vegan')) expect(option.allergens, option.id).not.toContain('milk');
    }
    expect(catalog.options.filter((o) => !o.inStock).length).toBeGreaterThan(0);
  });

  it('the burger has 30+ components; every patty counts as one patty, vegan parts are vegetarian', () => {
    const catalog = seed(burger, 'burger.json');
    expect(catalog).toMatchObject({ id: 'burger', preview: 'burger' });
    expect(catalog.options.length).toBeGreaterThanOrEqual(30);
    expect(optionsIn(catalog, 'buns').length).toBeGreaterThanOrEqual(5);
    expect(optionsIn(catalog, 'patties').length).toBeGreaterThanOrEqual(6);
    for (const patty of optionsIn(catalog, 'patties')) expect(patty.attributes?.patties, patty.id).toBe(1);
    for (const sauce of optionsIn(catalog, 'sauces')) expect(sauce.attributes?.layers, sauce.id).toBe(0);
    for (const option of catalog.options.filter((o) => o.tags.includes('vegan'))) {
      expect(option.tags, option.id).toContain('vegetarian');
    }
  });

  it('the label has one choice per group and a required first line of at most 14 characters', () => {
    const catalog = seed(label, 'label.json');
    expect(catalog).toMatchObject({ id: 'label', preview: 'label' });
    const line1 = catalog.textFields.find((f) => f.id === 'line1')!;
    expect(line1).toMatchObject({ required: true, maxLength: 14 });
    const allowed = new RegExp(`^(?:${line1.allowedCharacters})+$`, 'u');
    expect(allowed.test("Jürgen & Ößi's!")).toBe(true);
    expect(allowed.test('Zoë-Łucja')).toBe(true);
    expect(allowed.test('<script>')).toBe(false);
    for (const group of catalog.groups) {
      expect(catalog.rules).toContainEqual({
        kind: 'groupCount',
        id: `one-${group.id}`,
        group: group.id,
        min: 1,
        max: 1,
      });
    }
  });
});

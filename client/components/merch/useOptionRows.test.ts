import { expect, test } from 'vitest';
import { ref } from 'vue';
import type { CatalogOption, Locale } from '@shared/catalog/types';
import { useOptionRows } from './useOptionRows';

const option = (id: string, de: string, en: string, priceCents: number, groupId = 'g'): CatalogOption =>
  ({ id, groupId, name: { de, en }, priceCents, weightGrams: 10, inStock: true }) as CatalogOption;

const options = ref([
  option('oats', 'Haferflocken', 'Oats', 120),
  option('nuts', 'Nüsse', 'Nuts', 300, 'n'),
  option('apple', 'Apfel', 'Apple', 80),
]);

test('filters by group and search text (either language, or the id), keeping catalog indexes', () => {
  const { group, search, rows } = useOptionRows(options, ref<Locale>('de'));
  expect(rows.value.map((r) => r.index)).toEqual([0, 1, 2]);
  group.value = 'g';
  expect(rows.value.map((r) => r.option.id)).toEqual(['oats', 'apple']);
  search.value = ' APPLE ';
  expect(rows.value).toEqual([{ option: options.value[2], index: 2 }]);
  group.value = '';
  search.value = 'nüsse';
  expect(rows.value.map((r) => r.option.id)).toEqual(['nuts']);
});

test('sorts by a column; a second click reverses it, and aria-sort says which way', () => {
  const { rows, sortBy, ariaSort, sortMark } = useOptionRows(options, ref<Locale>('en'));
  expect(ariaSort('price')).toBe('none');
  sortBy('price');
  expect(rows.value.map((r) => r.option.id)).toEqual(['apple', 'oats', 'nuts']);
  expect([ariaSort('price'), sortMark('price')]).toEqual(['ascending', '▲']);
  sortBy('price');
  expect(rows.value.map((r) => r.option.id)).toEqual(['nuts', 'oats', 'apple']);
  expect(ariaSort('price')).toBe('descending');
  sortBy('name');
  expect(rows.value.map((r) => r.option.name.en)).toEqual(['Apple', 'Nuts', 'Oats']);
  expect(ariaSort('price')).toBe('none');
});

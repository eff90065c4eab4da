import { computed, ref, type Ref } from 'vue';
import type { CatalogOption, Locale } from '@shared/catalog/types';

export type SortKey = 'name' | 'price' | 'weight' | 'stock';
export const SORTABLE: readonly string[] = ['name', 'price', 'weight', 'stock'];

/**
 * The options table's rows: filtered by group and search text, sorted by a column (a second
 * click on the same column reverses it); each row keeps its index in the catalog's options.
 */
export function useOptionRows(options: Ref<CatalogOption[]>, loc: Ref<Locale>) {
  const group = ref('');
  const search = ref('');
  const sortKey = ref<'' | SortKey>('');
  const sortDir = ref(1);

  const rows = computed(() => {
    const q = search.value.trim().toLowerCase();
    const list = options.value
      .map((option, index) => ({ option, index }))
      .filter(({ option }) => !group.value || option.groupId === group.value)
      .filter(({ option }) => !q || `${option.id} ${option.name?.de} ${option.name?.en}`.toLowerCase().includes(q));
    const key = sortKey.value;
    if (!key) return list;
    const val = (o: CatalogOption) =>
      key === 'name'
        ? (o.name?.[loc.value] ?? '')
        : key === 'price'
          ? o.priceCents
          : key === 'stock'
            ? Number(o.inStock)
            : o.weightGrams;
    return [...list].sort((a, b) => {
      const x = val(a.option);
      const y = val(b.option);
      return (typeof x === 'string' ? x.localeCompare(String(y), loc.value) : x - Number(y)) * sortDir.value;
    });
  });

  function sortBy(key: SortKey): void {
    sortDir.value = sortKey.value === key ? -sortDir.value : 1;
    sortKey.value = key;
  }
  const ariaSort = (key: string) =>
    sortKey.value === key ? (sortDir.value > 0 ? 'ascending' : 'descending') : ('none' as const);
  const sortMark = (key: string) => (sortKey.value === key ? (sortDir.value > 0 ? '▲' : '▼') : '↕');

  return { group, search, rows, sortBy, ariaSort, sortMark };
}

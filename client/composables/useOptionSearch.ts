import { computed, ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Catalog } from '@shared/catalog/types';
import { announce } from './useAnnouncer';

/**
 * The forms a text is compared in: lower case without accents ("Mandelblättchen" →
 * "mandelblattchen"), and with German umlaut spellings folded too ("ae" → "a"), so
 * "mandelblaettchen", "Mandelblättchen" and "mandelblattchen" all find each other.
 */
export function searchForms(text: string): [string, string] {
  const plain = text.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
  return [plain, plain.replace(/([aou])e/g, '$1')];
}

/** Whether `query` occurs in `name`, ignoring case, accents and umlaut spellings. */
export function matchesQuery(name: string, query: string): boolean {
  const [q, qFolded] = searchForms(query.trim());
  const [n, nFolded] = searchForms(name);
  return n.includes(q) || nFolded.includes(qFolded);
}

/**
 * The ingredient search: the query, the ids of the options whose name (in either language)
 * matches it (null while empty), matches per group, and a polite "3 Zutaten gefunden" once
 * typing pauses.
 */
export function useOptionSearch(catalog: Ref<Catalog | null>) {
  const { t } = useI18n();
  const query = ref('');
  const matches = computed<Set<string> | null>(() => {
    if (!query.value.trim() || !catalog.value) return null;
    const found = catalog.value.options.filter(
      (o) => matchesQuery(o.name.de, query.value) || matchesQuery(o.name.en, query.value),
    );
    return new Set(found.map((o) => o.id));
  });
  const counts = computed(() => {
    const map = new Map<string, number>();
    for (const o of catalog.value?.options ?? [])
      if (matches.value?.has(o.id)) map.set(o.groupId, (map.get(o.groupId) ?? 0) + 1);
    return map;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(matches, (found) => {
    clearTimeout(timer);
    if (found) timer = setTimeout(() => announce(t('a11y.search.found', found.size)), 400);
  });
  watch(catalog, () => (query.value = ''));
  return { query, matches, counts };
}

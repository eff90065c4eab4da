import { computed } from 'vue';
import type { Violation } from '@shared/api';
import type { useConfiguratorStore } from '@client/stores/useConfiguratorStore';
import { placeViolations } from './useViolationPlaces';

const key = (v: Violation) => `${v.code}|${v.ruleId ?? ''}|${v.message}`;

/**
 * Splits the design's problems into "still missing" (fixable by adding, shown as to-dos) and
 * real errors, each placed at its group, text field or the totals; plus whether repair helps.
 */
export function useConfiguratorPlaces(store: ReturnType<typeof useConfiguratorStore>) {
  const problems = computed(() => {
    const missing = new Set(store.missing.map(key));
    return store.violations.filter((v) => !missing.has(key(v)));
  });
  const errors = computed(() => placeViolations(store.catalog, [...problems.value, ...store.serverErrors]));
  const todos = computed(() => placeViolations(store.catalog, store.missing));
  /** Something is wrong that adding cannot fix (a pasted link, an old catalog version). */
  const broken = computed(() => {
    const local = placeViolations(store.catalog, problems.value);
    return local.global.length > 0 || local.byGroup.size > 0;
  });
  return { errors, todos, broken };
}

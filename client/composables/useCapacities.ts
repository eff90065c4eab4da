import { computed, type Ref } from 'vue';
import type { CapacityRule, Catalog, DesignDraft, LocalizedText } from '@shared/catalog/types';
import { ruleUsage } from '@shared/rules';

/** How full one capacity limit is ("Beutel: 420 of 575 g"). */
export interface CapacityUsage {
  id: string;
  label: LocalizedText;
  unit?: string;
  value: number;
  min?: number;
  max: number;
}

/** Every capacity limit with a maximum; the arithmetic is the engine's (ruleUsage), not a copy. */
export function capacityUsage(catalog: Catalog, draft: DesignDraft): CapacityUsage[] {
  const rules = new Map(catalog.rules.map((r) => [r.id, r]));
  return ruleUsage(catalog, draft).flatMap((u) => {
    const rule = rules.get(u.ruleId) as CapacityRule | undefined;
    if (u.kind !== 'capacity' || !rule || u.max === undefined) return [];
    return [{ id: rule.id, label: rule.label, unit: rule.unit, value: u.value, min: u.min, max: u.max }];
  });
}

/** The progress bars for every capacity limit with a maximum (the bag's weight first). */
export function useCapacities(catalog: Ref<Catalog | null>, draft: Ref<DesignDraft>) {
  return computed(() => (catalog.value ? capacityUsage(catalog.value, draft.value) : []));
}

import { computed, type Ref } from 'vue';
import type {
  CapacityRule,
  Catalog,
  CatalogOption,
  DesignDraft,
  LocalizedText,
  OptionSelector,
} from '@shared/catalog/types';

/** How full one capacity limit is ("Beutel: 420 of 575 g"). */
export interface CapacityUsage {
  id: string;
  label: LocalizedText;
  unit?: string;
  value: number;
  min?: number;
  max: number;
}

function matches(option: CatalogOption, scope: OptionSelector | undefined): boolean {
  if (!scope) return true;
  if ('option' in scope) return option.id === scope.option;
  if ('tag' in scope) return option.tags.includes(scope.tag);
  return option.groupId === scope.group;
}

/** One unit's amount of a capacity attribute, the way the rule language defines it. */
function amount(option: CatalogOption, attribute: string): number {
  if (attribute === 'quantity') return 1;
  if (attribute === 'weightGrams' || attribute === 'priceCents') return option[attribute];
  const per100 = option.nutrition?.[attribute as keyof NonNullable<CatalogOption['nutrition']>];
  if (per100 !== undefined) return (per100 * option.weightGrams) / 100;
  return option.attributes?.[attribute] ?? 0;
}

export function capacityUsage(catalog: Catalog, draft: DesignDraft): CapacityUsage[] {
  const options = new Map(catalog.options.map((o) => [o.id, o]));
  return catalog.rules
    .filter((r): r is CapacityRule & { max: number } => r.kind === 'capacity' && r.max !== undefined)
    .map((rule) => {
      let value = 0;
      for (const s of draft.selections) {
        const option = options.get(s.optionId);
        if (option && matches(option, rule.scope)) value += amount(option, rule.attribute) * s.quantity;
      }
      return { id: rule.id, label: rule.label, unit: rule.unit, value, min: rule.min, max: rule.max };
    });
}

/** The progress bars for every capacity limit with a maximum (the bag's weight first). */
export function useCapacities(catalog: Ref<Catalog | null>, draft: Ref<DesignDraft>) {
  return computed(() => (catalog.value ? capacityUsage(catalog.value, draft.value) : []));
}

import { computed, type Ref } from 'vue';
import type { Catalog } from '@shared/catalog/types';
import type { Violation } from '@shared/api';
import { rulePlace } from '@shared/rules';

/** Where a rule error is shown: next to its group, at its text field, or at the totals. */
export interface ViolationPlaces {
  byGroup: Map<string, Violation[]>;
  byText: Map<string, Violation[]>;
  name: Violation[];
  global: Violation[];
}

function push(map: Map<string, Violation[]>, key: string, v: Violation): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

/** Sorts violations by the place they belong to; computed once per change for all groups. */
export function placeViolations(catalog: Catalog | null, violations: Violation[]): ViolationPlaces {
  const places: ViolationPlaces = { byGroup: new Map(), byText: new Map(), name: [], global: [] };
  if (!catalog) return places;
  const groupOfOption = new Map(catalog.options.map((o) => [o.id, o.groupId]));
  const textIds = new Set(catalog.textFields.map((f) => f.id));
  for (const v of violations) {
    const textId =
      v.path?.match(/^\/?texts\/([^/]+)/)?.[1] ?? (v.ruleId && textIds.has(v.ruleId) ? v.ruleId : undefined);
    if (textId) {
      push(places.byText, textId, v);
      continue;
    }
    if (v.path && /^\/?name$/.test(v.path)) {
      places.name.push(v);
      continue;
    }
    // The engine sets the place (`/groups/<id>`, `/totals/<ruleId>`); else the rule's kind says it.
    const place = (v.path && /^\/(groups|totals)\//.test(v.path) ? v.path : undefined) ?? rulePlace(catalog, v.ruleId);
    const placeGroup = place?.match(/^\/groups\/([^/]+)$/)?.[1];
    const optionGroups = new Set((v.options ?? []).map((id) => groupOfOption.get(id)));
    const group = place ? placeGroup : optionGroups.size === 1 ? [...optionGroups][0] : undefined;
    if (group) push(places.byGroup, group, v);
    else places.global.push(v);
  }
  return places;
}

export function useViolationPlaces(catalog: Ref<Catalog | null>, violations: Ref<Violation[]>) {
  return computed(() => placeViolations(catalog.value, violations.value));
}

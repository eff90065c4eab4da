import { quantityLimits, type Catalog, type CatalogOption, type Selection } from '@shared/catalog/types';

/** The next quantity up: from "not chosen" to the minimum, then by steps up to the maximum. */
export function stepUp(option: CatalogOption, quantity: number): number {
  const { min, max, step } = quantityLimits(option);
  if (quantity <= 0) return min;
  return Math.min(max, quantity + step);
}

/** The next quantity down; below the minimum the option is removed (0). */
export function stepDown(option: CatalogOption, quantity: number): number {
  const { min, step } = quantityLimits(option);
  const next = quantity - step;
  return next < min ? 0 : next;
}

/** Selections with one option set to `quantity` (0 removes it), order kept for the preview. */
export function withQuantity(selections: Selection[], optionId: string, quantity: number): Selection[] {
  const at = selections.findIndex((s) => s.optionId === optionId);
  if (quantity <= 0) return at < 0 ? selections : selections.filter((_, i) => i !== at);
  if (at < 0) return [...selections, { optionId, quantity }];
  return selections.map((s, i) => (i === at ? { optionId, quantity } : s));
}

/** Groups whose rules allow at most one distinct option: they behave like radio buttons. */
export function singleChoiceGroups(catalog: Catalog): Set<string> {
  const groups = new Set<string>();
  for (const rule of catalog.rules) {
    if (rule.kind === 'groupCount' && rule.max === 1) groups.add(rule.group);
  }
  return groups;
}

/** Reads a prefilled draft from a pasted link: `?s=oats:2,raisins:1&diets=vegan`. */
export function selectionsFromQuery(s: unknown): Selection[] {
  if (typeof s !== 'string' || !s) return [];
  return s.split(',').flatMap((part) => {
    const [optionId, q] = part.split(':');
    const quantity = q === undefined ? 1 : Number(q);
    return optionId && Number.isInteger(quantity) && quantity > 0 ? [{ optionId, quantity }] : [];
  });
}

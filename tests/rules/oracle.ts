/**
 * Ground truth for the proofs, written from the rule language in shared/catalog/types.ts
 * without any of the engine's code: validity by direct reading of each rule, reachability
 * by brute force over all additions.
 */
import type { Catalog, CatalogOption, OptionSelector } from '@shared/catalog/types';
import { quantityLimits } from '@shared/catalog/types';

export type Quantities = Record<string, number>;

function matches(o: CatalogOption, sel: OptionSelector): boolean {
  if ('option' in sel) return o.id === sel.option;
  if ('tag' in sel) return o.tags.includes(sel.tag);
  return o.groupId === sel.group;
}

function amount(o: CatalogOption, attribute: string): number {
  if (attribute === 'weightGrams') return o.weightGrams;
  if (attribute === 'priceCents') return o.priceCents;
  if (attribute === 'quantity') return 1;
  if (o.nutrition && attribute in o.nutrition) return (o.nutrition[attribute as 'fat'] * o.weightGrams) / 100;
  return o.attributes?.[attribute] ?? 0;
}

/** True when quantity q of the option is 0 or on its grid. */
export function gridOk(o: CatalogOption, q: number): boolean {
  const { min, max, step } = quantityLimits(o);
  return q === 0 || (q >= min && q <= max && (q - min) % step === 0);
}

export function naiveValid(c: Catalog, q: Quantities, diets: string[]): boolean {
  const chosen = c.options.filter((o) => (q[o.id] ?? 0) > 0);
  if (chosen.some((o) => !o.inStock || !gridOk(o, q[o.id]))) return false;
  for (const r of c.rules) {
    if (r.kind === 'groupCount') {
      const n = chosen.filter((o) => o.groupId === r.group).length;
      if (n < (r.min ?? 0) || n > (r.max ?? Infinity)) return false;
    } else if (r.kind === 'capacity') {
      const sum = chosen
        .filter((o) => !r.scope || matches(o, r.scope))
        .reduce((s, o) => s + amount(o, r.attribute) * q[o.id], 0);
      if (sum < (r.min ?? -Infinity) - 1e-9 || sum > (r.max ?? Infinity) + 1e-9) return false;
    } else if (r.kind === 'excludes') {
      if (chosen.some((x) => matches(x, r.a) && chosen.some((y) => y !== x && matches(y, r.b)))) return false;
    } else if (r.kind === 'requires') {
      if (chosen.some((x) => matches(x, r.if)) && !chosen.some((y) => r.anyOf.some((s) => matches(y, s)))) return false;
    } else if (diets.includes(r.id) && chosen.some((o) => !o.tags.includes(r.tag))) return false;
  }
  return true;
}

/** One more unit as guidance defines it: 0 → min, else + step; null above the maximum. */
export function nextUnit(o: CatalogOption, q: number): number | null {
  const { min, max, step } = quantityLimits(o);
  const to = q === 0 ? min : q + step;
  return to <= max ? to : null;
}

const key = (c: Catalog, q: Quantities) => c.options.map((o) => q[o.id] ?? 0).join(',');

/** Brute force: is a valid design reachable from q by additions? Memoised per call site. */
export function makeReach(c: Catalog, diets: string[]) {
  const memo = new Map<string, boolean>();
  const reach = (q: Quantities): boolean => {
    const k = key(c, q);
    const hit = memo.get(k);
    if (hit !== undefined) return hit;
    let result = naiveValid(c, q, diets);
    for (const o of c.options) {
      if (result) break;
      const to = nextUnit(o, q[o.id] ?? 0);
      if (to !== null) result = reach({ ...q, [o.id]: to });
    }
    memo.set(k, result);
    return result;
  };
  return reach;
}

/** Every grid state of the catalog (all options' quantity grids combined). */
export function allStates(c: Catalog): Quantities[] {
  let states: Quantities[] = [{}];
  for (const o of c.options) {
    const values = [0];
    for (let v = nextUnit(o, 0); v !== null; v = nextUnit(o, v)) values.push(v);
    states = states.flatMap((s) => values.map((v) => ({ ...s, [o.id]: v })));
  }
  return states;
}

export const toDesign = (c: Catalog, q: Quantities, diets: string[] = []) => ({
  catalogId: c.id,
  selections: Object.entries(q)
    .filter(([, n]) => n !== 0)
    .map(([optionId, quantity]) => ({ optionId, quantity })),
  diets,
});

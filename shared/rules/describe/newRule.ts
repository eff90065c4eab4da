/**
 * newRule: a starting rule of a kind for the builder's "add rule" form, filled from the
 * catalog (its first group, first options, first tag) so the form opens with a rule that
 * already reads as a sentence, and a unique id.
 */
import type { Catalog, Rule } from '@shared/catalog/types';

type Starter = (c: { group: string; first: string; second: string; tag: string }) => Omit<Rule, 'id'>;

const STARTERS: Record<Rule['kind'], Starter> = {
  groupCount: ({ group }) => ({ kind: 'groupCount', group, max: 1 }),
  capacity: () => ({
    kind: 'capacity',
    attribute: 'weightGrams',
    max: 500,
    label: { de: 'Gewicht', en: 'weight' },
    unit: 'g',
  }),
  excludes: ({ first, second }) => ({ kind: 'excludes', a: { option: first }, b: { option: second } }),
  requires: ({ first, second }) => ({ kind: 'requires', if: { option: first }, anyOf: [{ option: second }] }),
  diet: ({ tag }) => ({ kind: 'diet', tag, label: { de: tag, en: tag } }),
};

/** A new rule of `kind` with an id unused in `catalog`; undefined for an unknown kind. */
export function newRule(kind: string, catalog: Catalog): Rule | undefined {
  const starter = STARTERS[kind as Rule['kind']];
  if (!starter) return undefined;
  const options = Array.isArray(catalog.options) ? catalog.options : [];
  const taken = new Set((Array.isArray(catalog.rules) ? catalog.rules : []).map((r) => r?.id));
  let n = 1;
  while (taken.has(`${kind.toLowerCase()}-${n}`)) n++;
  const rule = starter({
    group: catalog.groups?.[0]?.id ?? '',
    first: options[0]?.id ?? '',
    second: options[1]?.id ?? options[0]?.id ?? '',
    tag: options.flatMap((o) => o.tags ?? [])[0] ?? '',
  });
  return { id: `${kind.toLowerCase()}-${n}`, ...rule } as Rule;
}

import { expect, test } from 'vitest';
import type { Catalog } from '@shared/catalog/types';
import { applyCatalogPatch } from '@shared/merch/applyCatalogPatch';
import { invertPatch } from '@shared/merch/invertPatch';
import { freeGroupId, groupDeletion, moveGroup } from './groupOps';

const option = (id: string, groupId: string) => ({
  id,
  groupId,
  name: { de: id, en: id },
  priceCents: 1,
  weightGrams: 1,
  allergens: [],
  tags: [],
  inStock: true,
});
/** The draft a patch made; fails the test when it did not apply. */
function applied(doc: unknown, ops: Parameters<typeof applyCatalogPatch>[1]): Catalog {
  const result = applyCatalogPatch(doc as Record<string, unknown>, ops);
  if (!result.ok) throw new Error(result.problem.message);
  return result.draft as unknown as Catalog;
}

const catalog = {
  groups: [
    { id: 'base', name: { de: 'Basis', en: 'Base' } },
    { id: 'fruits', name: { de: 'Früchte', en: 'Fruit' } },
    { id: 'nuts', name: { de: 'Nüsse', en: 'Nuts' } },
  ],
  options: [option('oats', 'base'), option('apple', 'fruits'), option('pear', 'fruits'), option('almond', 'nuts')],
  rules: [
    { kind: 'groupCount', id: 'max-fruits', group: 'fruits', max: 2 },
    { kind: 'excludes', id: 'no-pear-almond', a: { option: 'pear' }, b: { option: 'almond' } },
    { kind: 'requires', id: 'oats-need-nuts', if: { option: 'oats' }, anyOf: [{ group: 'nuts' }] },
    { kind: 'diet', id: 'vegan', tag: 'vegan', label: { de: 'vegan', en: 'vegan' } },
  ],
} as unknown as Catalog;

test('deleting a group takes its options and every rule naming the group or one of them', () => {
  const plan = groupDeletion(catalog, 'fruits');
  expect(plan.options.map((o) => o.id)).toEqual(['apple', 'pear']);
  expect(plan.rules.map((r) => r.id)).toEqual(['max-fruits', 'no-pear-almond']);
  const after = applied(catalog, plan.ops);
  expect(after.groups.map((g) => g.id)).toEqual(['base', 'nuts']);
  expect(after.options.map((o) => o.id)).toEqual(['oats', 'almond']);
  expect(after.rules.map((r) => r.id)).toEqual(['oats-need-nuts', 'vegan']);
  expect(groupDeletion(catalog, 'nuts').rules.map((r) => r.id)).toEqual(['no-pear-almond', 'oats-need-nuts']);
});

test('moving a group is one invertible step; out-of-range moves do nothing', () => {
  const ops = moveGroup(catalog, 0, 2);
  const moved = applied(catalog, ops);
  expect(moved.groups.map((g) => g.id)).toEqual(['fruits', 'nuts', 'base']);
  expect(applied(moved, invertPatch(catalog, ops)).groups).toEqual(catalog.groups);
  expect(moveGroup(catalog, 0, 3)).toEqual([]);
  expect(moveGroup(catalog, 1, 1)).toEqual([]);
  expect(freeGroupId(catalog, 'fruits')).toBe('fruits-2');
});

/**
 * The rule analysis on small catalogs whose impossible options, groups and rules are known
 * by construction, and on the seed catalogs, which must produce no finding at all.
 */
import { describe, expect, it } from 'vitest';
import burger from '@catalogs/burger.json';
import label from '@catalogs/label.json';
import muesli from '@catalogs/muesli.json';
import type { Catalog, CatalogOption, Rule } from '@shared/catalog/types';
import { analyseCatalog, reachableValid } from '@shared/rules';

const option = (id: string, groupId: string, extra: Partial<CatalogOption> = {}): CatalogOption => ({
  id,
  groupId,
  name: { de: id.toUpperCase(), en: id },
  priceCents: 100,
  weightGrams: 100,
  allergens: [],
  tags: [],
  inStock: true,
  ...extra,
});

function catalog(options: CatalogOption[], rules: Rule[]): Catalog {
  return {
    schemaVersion: 1,
    id: 'small',
    version: 1,
    name: { de: 'Klein', en: 'Small' },
    currency: 'EUR',
    basePriceCents: 0,
    preview: 'jar',
    groups: [...new Set(options.map((o) => o.groupId))].map((id) => ({
      id,
      name: { de: `Gruppe ${id}`, en: `Group ${id}` },
    })),
    options,
    rules,
    textFields: [],
  };
}

const summary = (c: Catalog) => analyseCatalog(c).map((f) => [f.code, f.pointer, f.rules.join('+')]);
const label2 = { de: 'Beutel', en: 'bag' };

describe('analyseCatalog on catalogs with known impossible parts', () => {
  it('an option that requires what it excludes: unreachable, and the two rules contradict', () => {
    const c = catalog(
      [option('a', 'g1'), option('a2', 'g1'), option('b', 'g2'), option('c', 'g2')],
      [
        { kind: 'requires', id: 'a-needs-b', if: { option: 'a' }, anyOf: [{ option: 'b' }] },
        { kind: 'excludes', id: 'a-not-b', a: { option: 'a' }, b: { option: 'b' } },
      ],
    );
    expect(summary(c)).toEqual([
      ['option_unreachable', '/options/0', 'a-needs-b+a-not-b'],
      ['rules_contradict', '/rules/0', 'a-needs-b+a-not-b'],
    ]);
    const [dead, contradiction] = analyseCatalog(c);
    expect(dead.message.de).toBe(
      '„A“ kann in keiner gültigen Gestaltung vorkommen (wegen „A nur zusammen mit B“ und „A nicht zusammen mit B“)',
    );
    expect(dead.message.en).toBe(
      '“a” cannot be part of any valid design (because of “a only together with b” and “a not together with b”)',
    );
    expect(contradiction.message.de).toMatch(/^Diese Regeln widersprechen sich: .* machen zusammen „A“ unmöglich$/);
  });

  it('a minimum more than the capacity allows: no design at all, naming both rules', () => {
    const c = catalog(
      [option('a', 'g1'), option('b', 'g1'), option('c', 'g1'), option('d', 'g2', { weightGrams: 0 })],
      [
        { kind: 'groupCount', id: 'three', group: 'g1', min: 3 },
        { kind: 'capacity', id: 'bag', attribute: 'weightGrams', max: 250, label: label2, unit: 'g' },
      ],
    );
    expect(summary(c)).toEqual([
      ['catalog_unsatisfiable', '/rules', 'three+bag'],
      ['rules_contradict', '/rules/0', 'three+bag'],
    ]);
    expect(analyseCatalog(c)[0].message.de).toBe(
      'Die Regeln „Mindestens 3 aus Gruppe g1“ und „Beutel: höchstens 250 g“ lassen zusammen keine gültige Gestaltung zu',
    );
  });

  it('an option heavier than the bag: unreachable by one rule, no contradiction', () => {
    const c = catalog(
      [option('a', 'g1'), option('heavy', 'g1', { weightGrams: 300 })],
      [{ kind: 'capacity', id: 'bag', attribute: 'weightGrams', max: 200, label: label2, unit: 'g' }],
    );
    expect(summary(c)).toEqual([['option_unreachable', '/options/1', 'bag']]);
  });

  it('a group whose every option is ruled out is reported once, as the group', () => {
    const c = catalog(
      [option('a', 'g1'), option('b', 'g2'), option('c', 'g2')],
      [{ kind: 'requires', id: 'needs-ghost', if: { group: 'g2' }, anyOf: [{ tag: 'nothing-has-it' }] }],
    );
    expect(summary(c)).toEqual([['group_unreachable', '/groups/1', 'needs-ghost']]);
  });

  it('a diet that leaves no base to choose', () => {
    const c = catalog(
      [option('oats', 'base'), option('apple', 'fruit', { tags: ['vegan'] })],
      [
        { kind: 'groupCount', id: 'base-required', group: 'base', min: 1 },
        { kind: 'diet', id: 'vegan', tag: 'vegan', label: { de: 'Vegan', en: 'Vegan' } },
      ],
    );
    expect(summary(c)).toEqual([['diet_unsatisfiable', '/rules/1', 'base-required+vegan']]);
    expect(analyseCatalog(c)[0].message.en).toMatch(/^Whoever chooses “Vegan” finds no valid design/);
  });

  it('rules that never apply: sides that never meet, a trigger never chosen, limits never reached', () => {
    const c = catalog(
      [
        option('a', 'g1', { tags: ['veg'] }),
        option('b', 'g1', { tags: ['veg'] }),
        option('x', 'g2', { tags: ['veg'], weightGrams: 500 }),
      ],
      [
        { kind: 'groupCount', id: 'one', group: 'g1', max: 1 },
        { kind: 'excludes', id: 'a-not-b', a: { option: 'a' }, b: { option: 'b' } },
        { kind: 'capacity', id: 'bag', attribute: 'weightGrams', max: 400, label: label2, unit: 'g' },
        { kind: 'requires', id: 'x-needs-a', if: { option: 'x' }, anyOf: [{ option: 'a' }] },
        { kind: 'groupCount', id: 'any', group: 'g2' },
        { kind: 'capacity', id: 'price', attribute: 'priceCents', max: 10_000, label: { de: 'Preis', en: 'price' } },
        { kind: 'diet', id: 'veg', tag: 'veg', label: { de: 'Vegetarisch', en: 'Vegetarian' } },
      ],
    );
    expect(summary(c)).toEqual([
      ['group_unreachable', '/groups/1', 'bag'],
      ['rule_never_applies', '/rules/1', 'a-not-b'],
      ['rule_never_applies', '/rules/3', 'x-needs-a'],
      ['rule_never_applies', '/rules/4', 'any'],
      ['rule_never_applies', '/rules/5', 'price'],
      ['rule_never_applies', '/rules/6', 'veg'],
    ]);
  });

  it('a chain of three rules: each core holds only the rules that cause it, not the bystander', () => {
    const c = catalog(
      [
        option('a', 'g1'),
        option('b', 'g1'),
        option('e', 'g1'),
        option('c', 'g2', { weightGrams: 400 }),
        option('d', 'g2'),
      ],
      [
        { kind: 'requires', id: 'a-needs-b', if: { option: 'a' }, anyOf: [{ option: 'b' }] },
        { kind: 'requires', id: 'b-needs-c', if: { option: 'b' }, anyOf: [{ option: 'c' }] },
        { kind: 'capacity', id: 'bag', attribute: 'weightGrams', max: 450, label: label2, unit: 'g' },
        { kind: 'groupCount', id: 'bystander', group: 'g2', max: 2 },
      ],
    );
    expect(summary(c)).toEqual([
      ['option_unreachable', '/options/0', 'a-needs-b+b-needs-c+bag'],
      ['option_unreachable', '/options/1', 'b-needs-c+bag'],
      // The two requires rules do apply: without either, its option is reachable again.
      ['rule_never_applies', '/rules/3', 'bystander'],
      ['rules_contradict', '/rules/0', 'a-needs-b+b-needs-c+bag'],
      ['rules_contradict', '/rules/1', 'b-needs-c+bag'],
    ]);
  });

  it('a minimum count against "at most one" in the same group: no design, and the two contradict', () => {
    const c = catalog(
      [option('a', 'g1'), option('b', 'g1'), option('c', 'g1')],
      [
        { kind: 'groupCount', id: 'two', group: 'g1', min: 2 },
        { kind: 'excludes', id: 'only-one', a: { group: 'g1' }, b: { group: 'g1' } },
      ],
    );
    expect(summary(c)).toEqual([
      ['catalog_unsatisfiable', '/rules', 'two+only-one'],
      ['rules_contradict', '/rules/0', 'two+only-one'],
    ]);
    expect(analyseCatalog(c)[1].message.en).toBe(
      'These rules contradict each other: together, “At least 2 from Group g1” and “At most 1 from Group g1” make every valid design impossible',
    );
  });

  it('an option whose own quantity limits leave no quantity: unreachable by no rule at all', () => {
    const c = catalog([option('a', 'g1'), option('odd', 'g1', { quantity: { min: 3, max: 2 } })], []);
    const [dead] = analyseCatalog(c);
    expect(summary(c)).toEqual([['option_unreachable', '/options/1', '']]);
    expect(dead.message.de).toBe('„ODD“ kann in keiner gültigen Gestaltung vorkommen (wegen ihrer Mengengrenzen)');
  });

  it('ignores stock (it changes daily) and never throws on junk', () => {
    const c = catalog([option('a', 'g1', { inStock: false })], []);
    expect(analyseCatalog(c)).toEqual([]);
    expect(analyseCatalog({ rules: 'no', options: 3 } as unknown as Catalog)).toEqual([]);
  });
});

describe('analyseCatalog on a muesli with a 60 g bag', () => {
  const m = muesli as unknown as Catalog;
  const small = {
    ...m,
    options: m.options.map((o) => ({ ...o, inStock: true })),
    rules: m.rules.map((r) => (r.id === 'bag-weight' ? { ...r, min: 0, max: 60 } : r)),
  };
  const found = analyseCatalog(small);

  it('names the groups a base leaves no room for, and the two rules that clash', () => {
    const fruits = found.find((f) => f.code === 'group_unreachable' && f.params.group === 'fruits');
    expect(fruits?.pointer).toBe(`/groups/${m.groups.findIndex((g) => g.id === 'fruits')}`);
    expect(fruits?.rules).toEqual(['bag-weight', 'base-required']);
    expect(found.some((f) => f.code === 'rules_contradict' && f.rules.join() === 'bag-weight,base-required')).toBe(
      true,
    );
  });

  it('reports exactly the options no valid design reaches (checked one by one with reachableValid)', () => {
    const deadGroups = new Set(found.filter((f) => f.code === 'group_unreachable').map((f) => f.params.group));
    const deadOptions = new Set(found.filter((f) => f.code === 'option_unreachable').map((f) => f.params.option));
    for (const o of small.options) {
      const reachable = reachableValid(small, {
        catalogId: small.id,
        selections: [{ optionId: o.id, quantity: o.quantity?.min ?? 1 }],
      });
      expect(reachable, o.id).toBe(!deadGroups.has(o.groupId) && !deadOptions.has(o.id));
    }
  });
});

describe('analyseCatalog on the seed catalogs', () => {
  it.each([
    ['muesli', muesli],
    ['burger', burger],
    ['label', label],
  ])('%s: no finding', (_name, c) => {
    expect(analyseCatalog(c as unknown as Catalog)).toEqual([]);
  });
});

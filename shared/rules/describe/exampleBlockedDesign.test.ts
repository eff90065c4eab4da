import { describe, expect, it } from 'vitest';
import muesli from '@catalogs/muesli.json';
import burger from '@catalogs/burger.json';
import label from '@catalogs/label.json';
import type { Catalog, Rule } from '@shared/catalog/types';
import { evaluate, exampleBlockedDesign } from '@shared/rules';

const seeds = { muesli, burger, label } as unknown as Record<string, Catalog>;

describe.each(Object.entries(seeds))('exampleBlockedDesign on %s', (_name, catalog) => {
  it.each(catalog.rules.map((r) => [r.id, r] as const))('%s: a design only this rule stops', (_id, rule) => {
    const design = exampleBlockedDesign(rule, catalog)!;
    expect(design).not.toBeNull();
    const found = evaluate(catalog, design).filter((v) => !v.path?.startsWith('/texts/'));
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((v) => v.ruleId)).toEqual(found.map(() => rule.id));
  });
});

describe('exampleBlockedDesign where no design is stopped', () => {
  const c = seeds.muesli;
  it('is null for a limit no design can exceed and for an unknown kind', () => {
    expect(exampleBlockedDesign({ kind: 'groupCount', id: 'x', group: 'fruits', max: 999 }, c)).toBeNull();
    expect(exampleBlockedDesign({ kind: 'nope', id: 'x' } as unknown as Rule, c)).toBeNull();
  });
  it("falls back to the kind's start when the other rules leave no clean example", () => {
    // A second rule just as strict as this one: every design it stops, the other stops too.
    const twin: Rule = { kind: 'groupCount', id: 'fruits-max-2', group: 'fruits', max: 5 };
    const both = { ...c, rules: [...c.rules, twin] };
    const design = exampleBlockedDesign(twin, both)!;
    expect(evaluate(both, design).map((v) => v.ruleId)).toEqual(expect.arrayContaining(['fruits-max', 'fruits-max-2']));
  });
});

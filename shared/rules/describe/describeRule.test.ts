import { describe, expect, it } from 'vitest';
import muesli from '@catalogs/muesli.json';
import burger from '@catalogs/burger.json';
import label from '@catalogs/label.json';
import type { Catalog, Rule } from '@shared/catalog/types';
import { describeRule, newRule, RULE_FORMS, RULE_KINDS, ruleForm } from '@shared/rules';

const m = muesli as unknown as Catalog;
const rule = (c: unknown, id: string) => (c as Catalog).rules.find((r) => r.id === id)!;
const say = (c: unknown, id: string) => [
  describeRule(rule(c, id), c as Catalog, 'de'),
  describeRule(rule(c, id), c as Catalog, 'en'),
];

describe('describeRule on the seed catalogs', () => {
  it('reads group counts as a merchandiser says them', () => {
    expect(say(m, 'fruits-max')).toEqual(['Höchstens 5 aus Früchte', 'At most 5 from Fruits']);
    expect(say(m, 'base-required')[0]).toBe('Mindestens 1 aus Basis: Flocken & Getreide');
    expect(say(burger, 'one-bun')).toEqual(['Genau 1 aus Brötchen', 'Exactly 1 from Buns']);
  });
  it('reads capacities with their range and unit', () => {
    expect(say(m, 'bag-weight')).toEqual(['Beutel: 150–575 g', 'Bag: 150–575 g']);
    expect(say(burger, 'stack-height')).toEqual(['Schichten: höchstens 10', 'Layers: at most 10']);
    expect(say(burger, 'patty-count')).toEqual(['Patties: 1–3', 'Patties: 1–3']);
  });
  it('names twins by their group and a tag by the options it picks', () => {
    const [de, en] = say(label, 'white-text-needs-dark-background');
    expect(de).toBe(
      'Weiß (Schriftfarbe) nicht zusammen mit „light-background“ (Weiß, Creme oder Sonnengelb aus Hintergrund)',
    );
    expect(en).toBe(
      'White (Text colour) not together with “light-background” (White, Cream or Sunflower yellow from Background)',
    );
    expect(say(burger, 'guacamole-or-avocado')).toEqual([
      'Guacamole nicht zusammen mit Avocadoscheiben',
      'Guacamole not together with Avocado slices',
    ]);
    expect(say(m, 'crust-needs-flakes')[0]).toMatch(/^Zimt-Zucker-Kruste nur zusammen mit „flakes“ \(Haferflocken/);
  });
  it('reads diets', () => {
    expect(say(m, 'vegan')).toEqual([
      'Ernährungsweise Vegan: nur Optionen mit „vegan“',
      'Diet Vegan: only options tagged “vegan”',
    ]);
  });
  it('covers the other shapes of each kind', () => {
    const c = m;
    const r = (x: Partial<Rule>) => describeRule({ id: 'x', ...x } as Rule, c, 'de');
    expect(r({ kind: 'groupCount', group: 'fruits', min: 2, max: 4 })).toBe('2 bis 4 aus Früchte');
    expect(r({ kind: 'groupCount', group: 'fruits' })).toBe('Beliebig viele aus Früchte');
    expect(r({ kind: 'excludes', a: { group: 'fruits' }, b: { group: 'fruits' } })).toBe('Höchstens 1 aus Früchte');
    expect(
      r({
        kind: 'capacity',
        attribute: 'sugars',
        max: 30,
        unit: 'g',
        label: { de: 'Zucker', en: 'sugar' },
        scope: { group: 'fruits' },
      }),
    ).toBe('Zucker (nur Früchte): höchstens 30 g');
    expect(r({ kind: 'excludes', a: { option: 'erythrit' }, b: { tag: 'nothing-has-it' } })).toMatch(
      /„nothing-has-it“ \(keine Option\)$/,
    );
  });
  it('never throws on a half-edited rule', () => {
    expect(describeRule({ kind: 'requires', id: 'half' } as unknown as Rule, m, 'en')).toMatch(/only together with/);
    expect(describeRule({ kind: 'nope', id: 'odd' } as unknown as Rule, m, 'en')).toBe('odd');
  });
});

describe('rule forms', () => {
  it('has a form for every kind, with labels in both languages and known parameter types', () => {
    const types = ['number', 'option', 'group', 'selector', 'attribute', 'tag', 'text'];
    for (const k of RULE_KINDS) {
      const form = RULE_FORMS[k.kind];
      expect(form, k.kind).toBe(ruleForm(k.kind));
      expect(form.label.de && form.label.en && form.help.de && form.help.en).toBeTruthy();
      for (const p of form.params) {
        expect(types, `${k.kind}.${p.name}`).toContain(p.type);
        expect(p.label.de && p.label.en).toBeTruthy();
      }
    }
    expect(RULE_FORMS.groupCount.params.map((p) => p.name)).toEqual(['group', 'min', 'max']);
    expect(RULE_FORMS.requires.params.find((p) => p.name === 'anyOf')?.list).toBe(true);
    expect(ruleForm('nope')).toBeUndefined();
  });
});

describe('newRule', () => {
  it('starts each kind as a rule that reads as a sentence and has an unused id', () => {
    for (const k of RULE_KINDS) {
      const rule = newRule(k.kind, m)!;
      expect(rule.kind).toBe(k.kind);
      expect(m.rules.some((r) => r.id === rule.id)).toBe(false);
      expect(describeRule(rule, m, 'de')).not.toBe(rule.id);
    }
    const taken = { ...m, rules: [...m.rules, newRule('excludes', m)!] };
    expect(newRule('excludes', taken)!.id).toBe('excludes-2');
    expect(newRule('nope', m)).toBeUndefined();
  });
});

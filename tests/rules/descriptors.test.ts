/**
 * Rule kinds as complete descriptors: each carries its messages (joined into the one code
 * list), its place (which the engine writes into Violation.path) and its usage.
 */
import { describe, expect, it } from 'vitest';
import burger from '@catalogs/burger.json';
import muesli from '@catalogs/muesli.json';
import type { Catalog } from '@shared/catalog/types';
import { RULE_MESSAGE_CODES, ruleMessage } from '@shared/i18n/ruleMessages';
import { evaluate, RULE_KINDS, rulePlace, ruleUsage } from '@shared/rules';

const m = muesli as unknown as Catalog;
const b = burger as unknown as Catalog;

describe('rule kind descriptors', () => {
  it('every kind message is listed once and speaks both languages', () => {
    for (const kind of RULE_KINDS)
      for (const code of Object.keys(kind.messages)) {
        expect(RULE_MESSAGE_CODES.filter((c) => c === code)).toEqual([code]);
        const params = {
          group: 'G',
          min: 1,
          max: 2,
          count: 3,
          label: 'L',
          value: 4,
          a: 'A',
          b: 'B',
          options: 'O',
          needs: 'N',
        };
        expect(ruleMessage(code as never, 'de', params)).not.toBe(ruleMessage(code as never, 'en', params));
      }
  });

  it('places violations: group counts at their group, capacities and diets at the totals', () => {
    expect(rulePlace(m, 'fruits-max')).toBe('/groups/fruits');
    expect(rulePlace(m, 'bag-weight')).toBe('/totals/bag-weight');
    expect(rulePlace(m, 'vegan')).toBe('/totals/vegan');
    expect(rulePlace(m, 'erythritol-without-sugar')).toBeUndefined();
    expect(rulePlace(m, 'no-such-rule')).toBeUndefined();
  });

  it('the engine writes the place into every rule violation', () => {
    const fruits = m.options.filter((o) => o.groupId === 'fruits' && o.inStock).slice(0, 6);
    const design = {
      catalogId: m.id,
      diets: ['vegan'],
      selections: [
        ...fruits.map((o) => ({ optionId: o.id, quantity: 1 })),
        { optionId: 'erythrit', quantity: 1 },
        { optionId: 'honig-knuspercluster', quantity: 1 },
      ],
    };
    const paths = Object.fromEntries(evaluate(m, design).map((v) => [v.ruleId ?? v.code, v.path]));
    expect(paths['fruits-max']).toBe('/groups/fruits');
    // excludes has no place of its own: where its options are, here in two groups, so the totals.
    if (paths['erythritol-without-sugar'])
      expect(paths['erythritol-without-sugar']).toBe('/totals/erythritol-without-sugar');
    expect(paths['vegan']).toBe('/totals/vegan');
    const empty = evaluate(m, { catalogId: m.id, selections: [] }).map((v) => [v.ruleId, v.path]);
    expect(empty).toEqual([
      ['bag-weight', '/totals/bag-weight'],
      ['base-required', '/groups/base'],
    ]);
  });

  it('usage is the engine’s sum: patties counted per unit, weights per portion', () => {
    const patty = b.options.find((o) => (o.attributes?.patties ?? 0) > 0 && o.inStock)!;
    const design = { catalogId: b.id, selections: [{ optionId: patty.id, quantity: 2 }] };
    const usage = Object.fromEntries(ruleUsage(b, design).map((u) => [u.ruleId, u]));
    expect(usage['patty-count']).toEqual({
      ruleId: 'patty-count',
      kind: 'capacity',
      value: 2 * patty.attributes!.patties!,
      min: 1,
      max: 3,
    });
    expect(usage['one-bun']).toEqual({ ruleId: 'one-bun', kind: 'groupCount', value: 0, min: 1, max: 1 });
    expect(ruleUsage(b, 'junk').every((u) => u.value === 0)).toBe(true);
  });
});

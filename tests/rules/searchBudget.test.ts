/**
 * The node budget of the exact search: a catalog built so that proving "no design" takes
 * every combination answers "unknown" (available, not blocked) instead of searching on, and
 * checkSearchBudget refuses it while passing the seed catalogs with room to spare.
 */
import { describe, expect, it } from 'vitest';
import burger from '@catalogs/burger.json';
import label from '@catalogs/label.json';
import muesli from '@catalogs/muesli.json';
import type { Catalog } from '@shared/catalog/types';
import { checkSearchBudget, evaluate, guidance, reachableValid } from '@shared/rules';

const base = muesli as unknown as Catalog;
/** 30 options of 2 units each, and a sum that must be exactly 31: no design exists. */
const hard: Catalog = {
  ...base,
  options: Array.from({ length: 30 }, (_, i) => ({
    ...base.options[0],
    id: `o${i}`,
    groupId: 'base',
    attributes: { two: 2 },
    quantity: { min: 1, max: 1, step: 1 },
    inStock: true,
  })),
  rules: [{ kind: 'capacity', id: 'odd', attribute: 'two', min: 31, max: 31, label: { de: 'Summe', en: 'sum' } }],
};

describe('the search budget', () => {
  it('answers unknown (shown as available) when the budget runs out, and evaluate still decides', () => {
    const g = guidance(hard, { catalogId: hard.id, selections: [] });
    expect(g.errors).toEqual([]);
    expect(Object.values(g.options).every((o) => o.available && o.unknown)).toBe(true);
    expect(evaluate(hard, { catalogId: hard.id, selections: [{ optionId: 'o1', quantity: 1 }] })[0].code).toBe(
      'capacity_min',
    );
    expect(reachableValid(hard, { catalogId: hard.id, selections: [] })).toBe(false);
  });

  it('never marks an option unknown on the seed catalogs', () => {
    for (const c of [base, burger, label] as unknown as Catalog[]) {
      const g = guidance(c, { catalogId: c.id, selections: [] });
      expect(Object.values(g.options).some((o) => o.unknown)).toBe(false);
    }
  });

  it('checkSearchBudget refuses the hard catalog and passes the seeds far below the limit', () => {
    const refused = checkSearchBudget(hard);
    expect(refused.ok).toBe(false);
    expect(refused.worstNodes).toBeGreaterThan(refused.limit);
    for (const c of [base, burger, label] as unknown as Catalog[]) {
      const report = checkSearchBudget(c);
      expect(report.ok, c.id).toBe(true);
      expect(report.worstNodes, c.id).toBeLessThan(report.limit / 10);
    }
  });
});

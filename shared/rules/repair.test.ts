import { describe, expect, it } from 'vitest';
import muesli from '@catalogs/muesli.json';
import type { Catalog } from '@shared/catalog/types';
import { evaluate, guidance, repair } from '@shared/rules';

const c = muesli as unknown as Catalog;
const base = c.options.find((o) => o.groupId === 'base' && o.inStock)!;
const out = c.options.find((o) => !o.inStock)!;

describe('repair on the muesli', () => {
  it('drops unknown, duplicate and out-of-stock options and takes the fewest units off an overfull bag', () => {
    const overfull = c.options
      .filter((o) => o.inStock && o.groupId === 'base')
      .slice(0, 3)
      .map((o) => ({ optionId: o.id, quantity: o.quantity?.max ?? 1 }));
    const design = {
      catalogId: 'muesli',
      selections: [
        ...overfull,
        { optionId: 'ghost', quantity: 1 },
        { optionId: out.id, quantity: 1 },
        { optionId: base.id, quantity: 1 },
      ],
    };
    const { design: fixed, changes } = repair(c, design);
    expect(changes.map((x) => x.reason)).toEqual(
      expect.arrayContaining(['unknown_option', 'duplicate_selection', 'out_of_stock', 'conflict']),
    );
    expect(evaluate(c, fixed)).toEqual([]);
    // The first-chosen option is kept as chosen.
    expect(fixed.selections[0]).toEqual(overfull[0]);
  });
  it('changes nothing on a valid design', () => {
    const design = { catalogId: 'muesli', selections: [{ optionId: base.id, quantity: 2 }] };
    expect(repair(c, design)).toEqual({ design, changes: [] });
    expect(guidance(c, design).valid).toBe(true);
  });
});

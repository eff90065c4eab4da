/**
 * The one operation model: any operation on any random catalog, then the rule engine, never
 * throws; and the operations mean what the configurator's buttons always meant.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { applyOperation, inverseOperation, type DesignOp } from '@shared/codesign/operations';
import { evaluate, guidance } from '@shared/rules';
import { randomCatalog } from '@tests/rules/randomCatalog';

const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const optionId = fc.oneof(fc.constantFrom('o0', 'o1', 'o2', 'o3', 'o4', 'o5'), fc.string({ maxLength: 4 }));
const op: fc.Arbitrary<DesignOp> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), optionId }),
  fc.record({ kind: fc.constant('remove' as const), optionId }),
  fc.record({ kind: fc.constant('setQuantity' as const), optionId, quantity: fc.integer({ min: -2, max: 9 }) }),
  fc.record({ kind: fc.constant('swap' as const), optionId }),
  fc.record({ kind: fc.constant('setText' as const), fieldId: fc.string({ maxLength: 5 }), value: fc.string() }),
  fc.record({ kind: fc.constant('setName' as const), name: fc.string() }),
  fc.record({ kind: fc.constant('setDiets' as const), diets: fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }) }),
  fc.constant({ kind: 'applyRepair' as const }),
);

describe('applyOperation', () => {
  it('never throws, nor does the engine after it, for any operations on any random catalog', () => {
    fc.assert(
      fc.property(seed, fc.array(op, { maxLength: 12 }), (s, ops) => {
        const { catalog } = randomCatalog(s);
        let draft: DesignDraft = { catalogId: catalog.id, selections: [] };
        for (const o of ops) {
          const before = draft;
          draft = applyOperation(catalog, draft, o);
          expect(Array.isArray(evaluate(catalog, draft))).toBe(true);
          expect(typeof guidance(catalog, draft).valid).toBe('boolean');
          const inverse = inverseOperation(catalog, before, o);
          if (inverse) applyOperation(catalog, draft, inverse);
        }
      }),
      { numRuns: 400 },
    );
  });

  const base = randomCatalog(1).catalog;
  const catalog: Catalog = {
    ...base,
    options: base.options.map((o) => ({ ...o, groupId: 'g0', inStock: true, quantity: { min: 2, max: 6, step: 2 } })),
    rules: [{ kind: 'groupCount', id: 'one', group: 'g0', max: 1 }],
  };
  const [first, other] = catalog.options;
  const limits = { min: 2, max: 6 };

  it('steps an option from its minimum up to its maximum and back out', () => {
    let d: DesignDraft = { catalogId: catalog.id, selections: [] };
    d = applyOperation(catalog, d, { kind: 'add', optionId: first.id });
    expect(d.selections).toEqual([{ optionId: first.id, quantity: limits.min }]);
    for (let i = 0; i < 10; i++) d = applyOperation(catalog, d, { kind: 'add', optionId: first.id });
    expect(d.selections[0].quantity).toBe(limits.max);
    for (let i = 0; i < 10; i++) d = applyOperation(catalog, d, { kind: 'remove', optionId: first.id });
    expect(d.selections).toEqual([]);
  });

  it('swaps out whatever was chosen in the group, and the inverse brings it back', () => {
    const before = applyOperation(
      catalog,
      { catalogId: catalog.id, selections: [] },
      { kind: 'add', optionId: first.id },
    );
    const swap: DesignOp = { kind: 'swap', optionId: other.id };
    const after = applyOperation(catalog, before, swap);
    expect(after.selections.map((s) => s.optionId)).toEqual([other.id]);
    const back = applyOperation(catalog, after, inverseOperation(catalog, before, swap)!);
    expect(back.selections.map((s) => s.optionId)).toEqual([first.id]);
  });

  it('changes nothing for an option the catalog does not have', () => {
    const d: DesignDraft = { catalogId: catalog.id, selections: [] };
    expect(applyOperation(catalog, d, { kind: 'add', optionId: 'ghost' })).toBe(d);
    expect(applyOperation(catalog, d, { kind: 'setQuantity', optionId: 'ghost', quantity: 3 })).toBe(d);
  });
});

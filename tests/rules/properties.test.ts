/**
 * Proof (b): fast-check properties on random catalogs and designs, including designs off
 * the quantity grid: soundness and completeness of guidance, evaluate never throwing on
 * junk, and repair always leaving a design that guidance can complete, with no smaller fix.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '@shared/catalog/types';
import { evaluate, guidance, reachableValid, repair } from '@shared/rules';
import { guidance as guidanceDirect } from '@shared/rules/guidance';
import { allStates, gridOk, makeReach, nextUnit, toDesign, type Quantities } from './oracle';
import { randomCatalog } from './randomCatalog';

const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });
/** Quantities 0..4 per option: on the grid or not (pasted, stale designs). */
const quantities = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 6, maxLength: 6 });

function stateOf(catalog: Catalog, raw: number[]): Quantities {
  return Object.fromEntries(catalog.options.map((o, i) => [o.id, raw[i]]));
}

describe('guidance properties', () => {
  it('is sound and complete: available exactly when a valid completion exists', () => {
    fc.assert(
      fc.property(seed, quantities, (s, raw) => {
        const { catalog, diets } = randomCatalog(s);
        const q = stateOf(catalog, raw);
        const reach = makeReach(catalog, diets);
        const g = guidance(catalog, toDesign(catalog, q, diets));
        for (const o of catalog.options) {
          const to = nextUnit(o, q[o.id]);
          expect(g.options[o.id].available).toBe(to !== null && reach({ ...q, [o.id]: to }));
        }
        expect(g.errors.length === 0).toBe(reach(q));
      }),
      { numRuns: 1500 },
    );
  });

  it('answers the same in both languages, except for the texts', () => {
    fc.assert(
      fc.property(seed, quantities, (s, raw) => {
        const { catalog, diets } = randomCatalog(s);
        const design = toDesign(catalog, stateOf(catalog, raw), diets);
        const strip = (g: ReturnType<typeof guidance>) =>
          JSON.stringify(g, (k, v) => (k === 'message' || k === 'params' ? undefined : v));
        expect(strip(guidance(catalog, design, 'en'))).toBe(strip(guidanceDirect(catalog, design, 'de')));
      }),
      { numRuns: 300 },
    );
  });
});

describe('evaluate on junk', () => {
  it('never throws and never fails internally on any design value', () => {
    const { catalog } = randomCatalog(7);
    fc.assert(
      fc.property(
        fc.anything(),
        fc.array(
          fc.record({ optionId: fc.oneof(fc.constantFrom('o0', 'o1', 'x'), fc.anything()), quantity: fc.anything() }),
        ),
        (junk, selections) => {
          for (const design of [junk, { catalogId: 'random', selections, diets: junk, texts: junk }]) {
            const violations = evaluate(catalog, design, 'en');
            expect(violations.every((v) => v.code !== 'engine_error' && typeof v.message === 'string')).toBe(true);
            expect(() => guidance(catalog, design)).not.toThrow();
            expect(() => repair(catalog, design)).not.toThrow();
          }
        },
      ),
      {
        numRuns: 500,
        // Found by this property once: String() throws on an object whose toString is not a function.
        examples: [[[{ toString: false }], [{ optionId: { toString: false }, quantity: { toString: false } }]]],
      },
    );
  });

  it('never throws on a junk catalog either', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (catalog, design) => {
        expect(() => evaluate(catalog as Catalog, design)).not.toThrow();
        expect(() => guidance(catalog as Catalog, design)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('repair', () => {
  it('yields a design guidance can complete, removing no more units than needed', () => {
    fc.assert(
      fc.property(seed, quantities, fc.boolean(), (s, raw, withJunk) => {
        const { catalog, diets } = randomCatalog(s);
        const reach = makeReach(catalog, diets);
        fc.pre(reach({}));
        const design = toDesign(catalog, stateOf(catalog, raw), diets);
        if (withJunk) design.selections.push({ optionId: 'ghost', quantity: 1 }, { optionId: 'o0', quantity: 1 });
        const { design: fixed, changes } = repair(catalog, design);
        expect(reachableValid(catalog, fixed)).toBe(true);
        expect(guidance(catalog, fixed).errors).toEqual([]);
        const q = stateOf(catalog, raw);
        if (withJunk || !catalog.options.every((o) => gridOk(o, q[o.id]))) return;
        // On the grid, repair removes exactly as many units as the best reduction found by brute force.
        const units = (t: Quantities) => catalog.options.reduce((sum, o) => sum + (t[o.id] ?? 0), 0);
        const below = allStates(catalog).filter(
          (t) => catalog.options.every((o) => (t[o.id] ?? 0) <= q[o.id]) && reach(t),
        );
        const fewest = Math.min(...below.map((t) => units(q) - units(t)));
        const kept = Object.fromEntries(fixed.selections.map((x) => [x.optionId, x.quantity]));
        expect(units(q) - units(kept)).toBe(fewest);
        if (fewest === 0) expect(changes).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });
});

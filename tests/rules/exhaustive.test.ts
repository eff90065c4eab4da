/**
 * Proof (a): on hundreds of small random catalogs, every design state is enumerated and
 * guidance is compared with brute-force reachability: each option's `available`, the
 * design's `valid`, and `reachableValid`.
 */
import { describe, expect, it } from 'vitest';
import { guidance, reachableValid } from '@shared/rules';
import { allStates, makeReach, naiveValid, nextUnit, toDesign } from './oracle';
import { randomCatalog } from './randomCatalog';

const CATALOGS = 400;

describe('guidance against brute force on every state of small catalogs', () => {
  it(`agrees on ${CATALOGS} random catalogs`, () => {
    let compared = 0;
    for (let seed = 1; seed <= CATALOGS; seed++) {
      const { catalog, diets } = randomCatalog(seed);
      const reach = makeReach(catalog, diets);
      const states = allStates(catalog);
      if (states.length > 2000) continue;
      for (const q of states) {
        const design = toDesign(catalog, q, diets);
        const g = guidance(catalog, design);
        const where = `seed ${seed}, state ${JSON.stringify(q)}`;
        expect(g.valid, where).toBe(naiveValid(catalog, q, diets));
        expect(reachableValid(catalog, design), where).toBe(reach(q));
        for (const o of catalog.options) {
          const to = nextUnit(o, q[o.id] ?? 0);
          const truth = to !== null && reach({ ...q, [o.id]: to });
          expect(g.options[o.id].available, `${where}, option ${o.id}`).toBe(truth);
          if (!truth) expect(g.options[o.id].reasons.length, `${where}, reasons of ${o.id}`).toBeGreaterThan(0);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});

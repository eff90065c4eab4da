/**
 * The analysis against brute force: on small random catalogs (every option in stock, as the
 * analysis reads a draft), an option is reported unreachable — alone, with its group, or with
 * the whole catalog — exactly when no valid design contains it.
 */
import { describe, expect, it } from 'vitest';
import { analyseCatalog } from '@shared/rules';
import { allStates, makeReach, naiveValid, nextUnit } from './oracle';
import { randomCatalog } from './randomCatalog';

const CATALOGS = 150;

describe('analyseCatalog against brute-force reachability', () => {
  it(`finds exactly the unreachable options of ${CATALOGS} random catalogs`, () => {
    let dead = 0;
    for (let seed = 1; seed <= CATALOGS; seed++) {
      const random = randomCatalog(seed, 5).catalog;
      const catalog = { ...random, options: random.options.map((o) => ({ ...o, inStock: true })) };
      const reach = makeReach(catalog, []);
      const found = analyseCatalog(catalog);
      if (found.some((f) => f.code === 'analysis_incomplete')) continue;
      const none = found.some((f) => f.code === 'catalog_unsatisfiable');
      const groups = new Set(found.filter((f) => f.code === 'group_unreachable').map((f) => f.params.group));
      const options = new Set(found.filter((f) => f.code === 'option_unreachable').map((f) => f.params.option));
      expect(none, `seed ${seed}: catalog`).toBe(!reach({}));
      for (const o of catalog.options) {
        const first = nextUnit(o, 0);
        const truth = first !== null && reach({ [o.id]: first });
        const reported = none || groups.has(o.groupId) || options.has(o.id);
        expect(reported, `seed ${seed}, option ${o.id}`).toBe(!truth);
        if (!truth) dead++;
      }
    }
    expect(dead).toBeGreaterThan(20);
  });

  it(`a rule reported as never applying changes no design's validity (${CATALOGS} random catalogs)`, () => {
    let checked = 0;
    for (let seed = 1; seed <= CATALOGS; seed++) {
      const random = randomCatalog(seed, 5).catalog;
      const catalog = { ...random, options: random.options.map((o) => ({ ...o, inStock: true })) };
      const states = allStates(catalog);
      if (states.length > 2000) continue;
      for (const f of analyseCatalog(catalog).filter((x) => x.code === 'rule_never_applies')) {
        const rule = catalog.rules.find((r) => r.id === f.params.rule)!;
        const without = { ...catalog, rules: catalog.rules.filter((r) => r !== rule) };
        for (const q of states) {
          const where = `seed ${seed}, rule ${rule.id}, state ${JSON.stringify(q)}`;
          if (rule.kind === 'diet') expect(naiveValid(catalog, q, [rule.id]), where).toBe(naiveValid(catalog, q, []));
          else expect(naiveValid(catalog, q, []), where).toBe(naiveValid(without, q, []));
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

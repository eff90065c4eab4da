/**
 * ruleUsage: how much of each numeric limit a design uses ("Beutel: 420 von 575 g", "2 of 3
 * cheeses"), from the engine's own counters, so a capacity bar can never disagree with the
 * rule that decides.
 */
import type { Catalog, Rule } from '@shared/catalog/types';
import { parseDesign } from './builtins/selections';
import { compileModel } from './model';
import { createState } from './state';
import type { Usage } from './types';

export interface RuleUsage extends Usage {
  ruleId: string;
  kind: Rule['kind'];
}

/** One entry per rule with a numeric limit (capacity, groupCount), in catalog order; never throws. */
export function ruleUsage(catalog: Catalog, design: unknown): RuleUsage[] {
  try {
    const m = compileModel(catalog);
    const parsed = parseDesign(m, design, 'de');
    const s = createState(m, parsed.quantities, parsed.diets);
    const kinds = new Map((Array.isArray(catalog.rules) ? catalog.rules : []).map((r) => [r?.id, r?.kind]));
    return m.checks.flatMap((check) => {
      const kind = kinds.get(check.ruleId);
      return check.usage && kind ? [{ ruleId: check.ruleId, kind, ...check.usage(s) }] : [];
    });
  } catch {
    return [];
  }
}

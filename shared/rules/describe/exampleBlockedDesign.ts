/**
 * exampleBlockedDesign: a small design the rule stops, for the rule builder. The rule's kind
 * starts it (two fruits too many, erythritol with honey); the exact search then completes
 * it by every other rule, so the example is valid but for this one rule. When no such
 * design exists, the kind's start alone is returned if the rule stops it, else null.
 */
import type { Catalog, DesignDraft, Rule } from '@shared/catalog/types';
import { evaluate } from '../evaluate';
import { RULE_KINDS } from '../kinds';
import { compileModel } from '../model';
import { brokenAfter, completes } from '../search';
import { createState, increment, nextQuantity } from '../state';
import type { ExampleBuilder, RuleKind, State } from '../types';

const KINDS = /* @__PURE__ */ new Map<string, RuleKind>(RULE_KINDS.map((k) => [k.kind, k as RuleKind]));

/** How hard an attempt keeps to the other rules: avoid and complete, complete, or not at all. */
type Strictness = 'avoid' | 'complete' | 'loose';

function attempt(rule: Rule, kind: RuleKind, others: Catalog, strictness: Strictness): DesignDraft {
  const m = compileModel(others);
  const start = createState(m, new Array<number>(m.n).fill(0), new Set());
  const s: State = { ...start, allowed: Uint8Array.from(start.allowed) };
  /** The largest quantity on the option's grid that is at most `quantity`, at least its minimum. */
  const onGrid = (i: number, quantity: number) =>
    m.min[i] + Math.max(0, Math.floor((Math.min(quantity, m.max[i]) - m.min[i]) / m.step[i])) * m.step[i];
  const order: number[] = [];
  // One base (all zero) for every search of this attempt, and avoiding only narrows: failures stay failures.
  const failed = new Set<string>();
  const diets: string[] = [];
  const x: ExampleBuilder = {
    options: m.names.options,
    select: (selector) => m.names.select(selector),
    add(i, quantity = m.min[i]) {
      if (!s.allowed[i] || s.q[i] > 0 || nextQuantity(m, i, 0) < 0) return false;
      increment(s, i, onGrid(i, quantity));
      // Only what the other rules can still complete: the example must be valid but for this rule.
      if (strictness === 'loose' || (!brokenAfter(s, i) && completes(s, failed))) return order.push(i) > 0;
      increment(s, i, 0);
      return false;
    },
    remove(i) {
      increment(s, i, 0);
      order.splice(order.indexOf(i), 1);
    },
    avoid(list) {
      if (strictness === 'avoid') for (const i of list) if (!s.q[i]) s.allowed[i] = 0;
    },
    maxOf: (i) => onGrid(i, m.max[i]),
    choose: (diet) => diets.push(diet),
  };
  kind.example(rule, x);
  let q = s.q.slice();
  if (strictness !== 'loose') completes(s, failed, (leaf) => (q = leaf.q.slice()));
  const rest = q.flatMap((n, i) => (n > 0 && !order.includes(i) ? [i] : []));
  return {
    catalogId: others.id,
    selections: [...order, ...rest].map((i) => ({ optionId: m.ids[i], quantity: q[i] })),
    ...(diets.length ? { diets } : {}),
  };
}

/** A design that `rule` stops and (where possible) no other rule does; null when none is found. */
export function exampleBlockedDesign(rule: Rule, catalog: Catalog): DesignDraft | null {
  const kind = rule && KINDS.get(rule.kind);
  if (!kind || !Array.isArray(catalog.rules)) return null;
  // A diet needs its rule to be chosen at all; every other rule is left out of the completion.
  const others = rule.kind === 'diet' ? catalog : { ...catalog, rules: catalog.rules.filter((r) => r !== rule) };
  let fallback: DesignDraft | null = null;
  try {
    for (const strictness of ['avoid', 'complete', 'loose'] as const) {
      const design = attempt(rule, kind, others, strictness);
      const found = evaluate(catalog, design).filter((v) => !v.path?.startsWith('/texts/'));
      if (!found.some((v) => v.ruleId === rule.id)) continue;
      if (found.every((v) => v.ruleId === rule.id)) return design;
      fallback ??= design;
    }
  } catch {
    return null;
  }
  return fallback;
}

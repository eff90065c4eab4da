/**
 * The shared ground of the analysis checks: exact searches (the same completion search the
 * guidance uses) over the draft with a subset of its rules, within one node budget.
 */
import type { Catalog, Rule } from '@shared/catalog/types';
import { describeRule } from '../describe/describeRule';
import { fatten } from '../guidance';
import { compileModel } from '../model';
import { brokenAfter, completes, searchBudget, SEARCH_NODE_BUDGET } from '../search';
import { createState, increment } from '../state';
import type { AnalysisContext, Answer } from './types';

/** The analysis may search four times what one guidance may: it answers many questions at once. */
export const ANALYSIS_NODE_BUDGET = SEARCH_NODE_BUDGET * 4;

export function createContext(draft: Catalog): AnalysisContext {
  const options = (Array.isArray(draft.options) ? draft.options : []).map((o) => ({ ...o, inStock: true }));
  const rules = (Array.isArray(draft.rules) ? draft.rules : []).filter((r) => r && typeof r === 'object');
  const catalog: Catalog = { ...draft, options, rules };
  const budget = searchBudget(ANALYSIS_NODE_BUDGET);
  // One catalog object per rule subset, so each compiles once and keeps its failed states.
  const variants = new Map<string, { catalog: Catalog; failed: Set<string> }>();
  const variant = (subset: readonly Rule[]) => {
    const key = subset.map((r) => rules.indexOf(r)).join(',');
    let v = variants.get(key);
    if (!v) variants.set(key, (v = { catalog: { ...catalog, rules: [...subset] }, failed: new Set() }));
    return v;
  };
  let live: Map<string, boolean> | undefined | null = null;
  const cores: Rule[][] = [];
  /** Deletion-minimal: drops each rule in turn while the impossibility still holds without it. */
  const shrink = (from: readonly Rule[], impossible: (rules: readonly Rule[]) => Answer): Rule[] | 'unknown' => {
    let kept = [...from];
    for (const r of from) {
      const without = kept.filter((x) => x !== r);
      const answer = impossible(without);
      if (answer === 'unknown') return 'unknown';
      if (answer) kept = without;
    }
    return kept;
  };
  let unsat: Answer | null = null;

  const possible = (subset: readonly Rule[], optionIds: readonly string[], diets: readonly string[] = []): Answer => {
    const v = variant(subset);
    const m = compileModel(v.catalog);
    const s = createState(m, new Array<number>(m.n).fill(0), new Set(diets));
    for (const id of optionIds) {
      const i = m.index.get(id);
      if (i === undefined || !s.allowed[i] || m.min[i] > m.max[i]) return false;
      if (s.q[i] === 0) increment(s, i, m.min[i]);
      if (brokenAfter(s, i)) return false;
    }
    // The failed states are keyed by their difference from the all-zero base: shared per subset and diets.
    const failed = diets.length ? new Set<string>() : v.failed;
    return completes(s, failed, undefined, budget) || (budget.exhausted ? 'unknown' : false);
  };

  return {
    catalog,
    rules,
    possible,
    core(impossible) {
      // Many impossibilities share a cause: start from an earlier core when it suffices alone.
      for (const earlier of cores) {
        const answer = impossible(earlier);
        if (answer === 'unknown') return 'unknown';
        if (answer) return shrink(earlier, impossible);
      }
      const found = shrink(rules, impossible);
      if (found !== 'unknown') cores.push(found);
      return found;
    },
    liveOptions() {
      if (live !== null) return live;
      const m = compileModel(variant(rules).catalog);
      const s = createState(m, new Array<number>(m.n).fill(0), new Set());
      const proven = new Uint8Array(m.n);
      const onLeaf = (leaf: typeof s) => fatten(leaf, proven);
      const failed = variant(rules).failed;
      completes(s, failed, onLeaf, budget);
      for (let i = 0; i < m.n && !budget.exhausted; i++) {
        if (proven[i] || m.min[i] > m.max[i]) continue;
        increment(s, i, m.min[i]);
        if (!brokenAfter(s, i)) completes(s, failed, onLeaf, budget);
        increment(s, i, 0);
      }
      live = budget.exhausted ? undefined : new Map(m.ids.map((id, i) => [id, proven[i] === 1]));
      return live;
    },
    unsatisfiable() {
      if (unsat === null) {
        const answer = possible(rules, []);
        unsat = answer === 'unknown' ? answer : !answer;
      }
      return unsat;
    },
    ruleIndex: (rule) => rules.indexOf(rule),
    sentence: (rule) => ({ de: describeRule(rule, catalog, 'de'), en: describeRule(rule, catalog, 'en') }),
    conflicts: [],
    exhausted: () => budget.exhausted,
  };
}

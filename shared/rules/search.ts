/**
 * The exact completion search. From a state it asks: can additions alone (new options at
 * their minimum, +step on chosen ones) reach a state where every check is OK?
 *
 * Depth-first over "what must still be added": at each node every check is OK, DEAD or
 * NEED; a DEAD check ends the branch (upper limits only grow worse by adding, and the rooms
 * show when a lower limit can no longer be reached); otherwise the NEED check with the
 * fewest addable fixers is branched on (fail first). Complete because any valid completion
 * above the state must add one of that check's fixers; sound because a leaf is checked in
 * full. Failed states are memoised by their difference from the start state.
 *
 * The search is exponential in the worst case, so every caller gives it a node budget: once
 * spent, `completes` answers false without memoising, and the caller reads `budget.exhausted`
 * as "unknown". A catalog is checked against the budget before it is published
 * (checkSearchBudget), so published catalogs stay far below it.
 */
import { increment, nextQuantity } from './state';
import { DEAD, OK, type State } from './types';

/** Nodes one guidance (or analysis) may visit before it answers "unknown". */
export const SEARCH_NODE_BUDGET = 5_000;

export interface SearchBudget {
  /** Nodes still to visit. */
  left: number;
  /** Nodes visited so far. */
  used: number;
  /** True once a search stopped for lack of nodes: its false means "unknown". */
  exhausted: boolean;
}

export function searchBudget(nodes = SEARCH_NODE_BUDGET): SearchBudget {
  return { left: nodes, used: 0, exhausted: false };
}

/** Called at a valid leaf, before the search unwinds; may add and undo units freely. */
export type LeafVisitor = (s: State) => void;

function addable(s: State, list: readonly number[]): number[] {
  return list.filter((i) => s.allowed[i] === 1 && nextQuantity(s.m, i, s.q[i]) >= 0);
}

/** True when adding one unit of `i` to the current state broke a check for good. */
export function brokenAfter(s: State, i: number): boolean {
  for (const c of s.m.checksOf[i]) if (s.m.checks[c].status(s) === DEAD) return true;
  return false;
}

function keyOf(s: State): string {
  let key = '';
  for (let i = 0; i < s.q.length; i++) if (s.q[i] !== s.base[i]) key += `${i}:${s.q[i]},`;
  return key;
}

/** The fewest addable fixers of any unmet check; null when all are met, [] when one cannot be. */
function branchSet(s: State): number[] | null {
  let best: number[] | null = null;
  for (const check of s.m.checks) {
    const status = check.status(s);
    if (status === OK) continue;
    if (status === DEAD) return [];
    const fixers = addable(s, check.fixers(s));
    if (fixers.length === 0) return [];
    if (!best || fixers.length < best.length) best = fixers;
    if (best.length === 1) break;
  }
  return best;
}

/**
 * Whether a valid design is reachable from `s` by additions; `s` is left unchanged. False
 * also when `budget` ran out (then `budget.exhausted` is set and nothing is memoised).
 */
export function completes(
  s: State,
  failed: Set<string>,
  onLeaf?: LeafVisitor,
  budget: SearchBudget = searchBudget(),
): boolean {
  if (budget.left <= 0) {
    budget.exhausted = true;
    return false;
  }
  budget.left--;
  budget.used++;
  const branches = branchSet(s);
  if (branches === null) {
    onLeaf?.(s);
    return true;
  }
  if (branches.length === 0) return false;
  const key = keyOf(s);
  if (failed.has(key)) return false;
  for (const i of branches) {
    const from = s.q[i];
    increment(s, i, nextQuantity(s.m, i, from));
    const ok = !brokenAfter(s, i) && completes(s, failed, onLeaf, budget);
    increment(s, i, from);
    if (ok) return true;
    if (budget.exhausted) return false;
  }
  failed.add(key);
  return false;
}

/**
 * The reduction step of repair: the fewest units to take away from the chosen options so
 * that a valid design is reachable again (by additions).
 *
 * Objective, in this order: (1) fewest units removed in total; (2) fewest options changed;
 * (3) changes fall on the options chosen last (the removal vector, in selection order, is
 * lexicographically smallest), so what the shopper chose first is kept. Exact by iterative
 * deepening over the number of units removed, up to a budget of candidate designs; past it
 * (very broken designs) greedy: take steps off the last-chosen options until a completion
 * exists, then give back whatever still fits, first-chosen first.
 */
import type { Model } from './types';

const BUDGET = 4000;

/** Quantities an option may drop to: its grid below `q`, highest first, then 0. */
function levels(m: Model, i: number, q: number): number[] {
  const out: number[] = [];
  for (let v = q; v >= m.min[i]; v -= m.step[i]) out.push(v);
  out.push(0);
  return out;
}

type Completes = (quantities: number[]) => boolean;

/** Reduced quantities (same indexing as `q`), or `q` itself when nothing needs taking away. */
export function reduce(m: Model, q: number[], order: number[], completes: Completes): number[] {
  if (completes(q)) return q;
  const zero = q.map(() => 0);
  if (!completes(zero)) return q; // nothing can be completed in this catalog: keep the shopper's work
  return exact(m, q, order, completes) ?? greedy(m, q, order, completes);
}

function exact(m: Model, q: number[], order: number[], completes: Completes): number[] | null {
  const options = order.map((i) => levels(m, i, q[i]));
  const total = order.reduce((sum, i) => sum + q[i], 0);
  let tried = 0;
  for (let units = 1; units <= total; units++) {
    let best: { removed: number[]; changed: number } | null = null;
    const removed = order.map(() => 0);
    const visit = (k: number, left: number): boolean => {
      if (k === order.length) {
        if (left !== 0) return true;
        if (++tried > BUDGET) return false;
        const candidate = q.slice();
        order.forEach((i, j) => (candidate[i] = q[i] - removed[j]));
        if (completes(candidate) && better(removed, best))
          best = { removed: removed.slice(), changed: removed.filter(Boolean).length };
        return true;
      }
      for (const level of options[k]) {
        const r = q[order[k]] - level;
        if (r > left) break;
        removed[k] = r;
        if (!visit(k + 1, left - r)) return false;
      }
      removed[k] = 0;
      return true;
    };
    if (!visit(0, units)) return null;
    if (best) {
      const result = q.slice();
      order.forEach((i, j) => (result[i] = q[i] - best!.removed[j]));
      return result;
    }
  }
  return null;
}

function better(removed: number[], best: { removed: number[]; changed: number } | null): boolean {
  if (!best) return true;
  const changed = removed.filter(Boolean).length;
  if (changed !== best.changed) return changed < best.changed;
  for (let j = 0; j < removed.length; j++) if (removed[j] !== best.removed[j]) return removed[j] < best.removed[j];
  return false;
}

function greedy(m: Model, q: number[], order: number[], completes: Completes): number[] {
  const t = q.slice();
  const down = (i: number) => (t[i] = t[i] - m.step[i] >= m.min[i] ? t[i] - m.step[i] : 0);
  for (let k = order.length - 1; k >= 0 && !completes(t); k--) {
    const i = order[k];
    while (t[i] > 0 && !completes(t)) down(i);
  }
  for (const i of order) {
    while (t[i] < q[i]) {
      const previous = t[i];
      t[i] = previous === 0 ? m.min[i] : previous + m.step[i];
      if (t[i] > q[i] || !completes(t)) {
        t[i] = previous;
        break;
      }
    }
  }
  return t;
}

/**
 * Building and changing a `State`. `increment` is the engine's only mutation: it keeps
 * counters and rooms in step with one quantity change and undoes itself when called back.
 */
import type { Model, State } from './types';

/** Quantity after one more unit (0 → min, else + step), or -1 when the maximum forbids it. */
export function nextQuantity(m: Model, i: number, q: number): number {
  const to = q === 0 ? m.min[i] : q + m.step[i];
  return to <= m.max[i] ? to : -1;
}

/** True when `q` is 0 or on the option's grid min, min+step, … ≤ max. */
export function onGrid(m: Model, i: number, q: number): boolean {
  return q === 0 || (q >= m.min[i] && q <= m.max[i] && (q - m.min[i]) % m.step[i] === 0);
}

interface EmptyState {
  allowed: Uint8Array;
  roomPos: Float64Array;
  roomNeg: Float64Array;
}

/** The empty state depends only on the model and the diets: computed once per diet set. */
const emptyStates = new WeakMap<Model, Map<string, EmptyState>>();
const EMPTY_STATES_PER_MODEL = 64;

function emptyState(m: Model, diets: ReadonlySet<string>): EmptyState {
  let perModel = emptyStates.get(m);
  if (!perModel) emptyStates.set(m, (perModel = new Map()));
  const key = [...diets].sort().join('\u0000');
  let e = perModel.get(key);
  if (e) return e;
  const allowed = new Uint8Array(m.n).fill(1);
  for (const check of m.checks) for (const i of check.forbids?.(diets) ?? []) allowed[i] = 0;
  e = { allowed, roomPos: new Float64Array(m.counterCount), roomNeg: new Float64Array(m.counterCount) };
  // Rooms start at what every allowed option could add at its maximum; increments use them up.
  for (let i = 0; i < m.n; i++) {
    if (!allowed[i] || m.max[i] < m.min[i]) continue;
    const cs = m.touchCounter[i],
      coefs = m.touchCoef[i],
      units = m.touchUnits[i];
    for (let t = 0; t < cs.length; t++) {
      const full = units[t] ? coefs[t] * m.max[i] : coefs[t];
      if (full > 0) e.roomPos[cs[t]] += full;
      else e.roomNeg[cs[t]] += full;
    }
  }
  // Diet sets come from requests: keep only a bounded number per model.
  if (perModel.size < EMPTY_STATES_PER_MODEL) perModel.set(key, e);
  return e;
}

function offGridOf(m: Model, quantities: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < quantities.length; i++) if (!onGrid(m, i, quantities[i])) out.push(i);
  return out;
}

/** A state holding `quantities` (whole numbers ≥ 0 per option index) under `diets`. */
export function createState(m: Model, quantities: readonly number[], diets: ReadonlySet<string>): State {
  const empty = emptyState(m, diets);
  const s: State = {
    m,
    q: new Array<number>(m.n).fill(0),
    base: quantities.slice(),
    val: new Float64Array(m.counterCount),
    roomPos: empty.roomPos.slice(),
    roomNeg: empty.roomNeg.slice(),
    allowed: empty.allowed,
    diets,
    offGrid: offGridOf(m, quantities),
  };
  for (let i = 0; i < m.n; i++) if (quantities[i]) increment(s, i, quantities[i]);
  return s;
}

/** Sets option `i` to quantity `to`, updating counters and rooms. */
export function increment(s: State, i: number, to: number): void {
  const from = s.q[i];
  const m = s.m;
  const cs = m.touchCounter[i],
    coefs = m.touchCoef[i],
    units = m.touchUnits[i];
  const chosenDelta = (to > 0 ? 1 : 0) - (from > 0 ? 1 : 0);
  for (let t = 0; t < cs.length; t++) {
    const d = coefs[t] * (units[t] ? to - from : chosenDelta);
    s.val[cs[t]] += d;
    if (s.allowed[i]) {
      if (coefs[t] > 0) s.roomPos[cs[t]] -= d;
      else s.roomNeg[cs[t]] -= d;
    }
  }
  s.q[i] = to;
}

/** Tolerant comparisons: sums of fractional nutrition values must not flip on rounding noise. */
export function above(value: number, limit: number): boolean {
  return value > limit + 1e-9 * Math.max(1, Math.abs(limit));
}
export function below(value: number, limit: number): boolean {
  return value < limit - 1e-9 * Math.max(1, Math.abs(limit));
}

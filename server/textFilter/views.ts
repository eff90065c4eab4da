import * as chars from './chars';
import * as flat from './flatTrie';
import type { Units } from './normalize';

// Module-level copies: under tsx every read of an imported binding is a getter call, and the
// per-character loops below read these for every character (13 % of a check in a profile).
const { acc, DIGIT, kindOf, LEET, LEETSYM, LETTER, PUNCT, SPACE, WILDCARD } = chars;
const { MULTI, SLOT } = flat;

/**
 * Turns canonical units into the run sequences the matcher walks. A run is one letter position
 * with its repeat count (`fuuuck` → f,u×3,c,k), so repeated letters cost nothing and a term's
 * own double letters (`ass`, `scheisse`) still need at least two in the text. `acc` lists the
 * letters the position may stand for: `ü` may be `ü` or `u` (`fück`), leet `1` may be `i` or
 * `l`, `*` may be any letter. A run with `acc === ' '` is a word boundary.
 */
export interface Run {
  acc: string;
  /** The trie slot of a one-letter `acc` (flatTrie.ts SLOT, -1: none), or MULTI for a longer `acc`. */
  slot: number;
  count: number;
  start: number;
  end: number;
}

const slotOf = (a: string): number => {
  if (a.length !== 1) return MULTI;
  const code = a.charCodeAt(0);
  return code < 256 ? SLOT[code] : -1;
};

/**
 * Run objects are reused from check to check (a check's views are dropped before the next one
 * starts): allocating ~20 runs per check kept the garbage collector busy. Texts longer than the
 * pool get fresh runs for the rest.
 */
const pool: Run[] = [];
const POOL_MAX = 4096;
let used = 0;

function newRun(a: string, count: number, start: number, end: number): Run {
  let run = pool[used];
  if (run === undefined) {
    run = { acc: a, slot: slotOf(a), count, start, end };
    if (used < POOL_MAX) pool.push(run);
  } else {
    run.acc = a;
    run.slot = slotOf(a);
    run.count = count;
    run.start = start;
    run.end = end;
  }
  used++;
  return run;
}

/** The last run, if any (reading index -1 of an empty array takes V8's slow path: 7 % of a check). */
const lastRun = (runs: Run[]): Run | undefined => (runs.length === 0 ? undefined : runs[runs.length - 1]);

function push(runs: Run[], a: string, start: number, end: number): void {
  const last = lastRun(runs);
  if (last !== undefined && last.acc === a && a !== WILDCARD) {
    last.count++;
    last.end = end;
  } else runs.push(newRun(a, a === WILDCARD ? 3 : 1, start, end));
}

function boundary(runs: Run[]): void {
  const last = lastRun(runs);
  if (last !== undefined && last.acc !== ' ') runs.push(newRun(' ', 1, last.end, last.end));
}

/**
 * Joins three or more consecutive single-character words into one word (`f u c k`,
 * `s.c.h.e.i.s.s.e`): nobody writes real words like that, people hiding words do.
 */
/** A one-letter word (module level: a closure per call costs a name helper under tsx). */
function single(runs: Run[], i: number): boolean {
  return (
    runs[i].acc !== ' ' &&
    runs[i].count === 1 &&
    (i === 0 || runs[i - 1].acc === ' ') &&
    (i === runs.length - 1 || runs[i + 1].acc === ' ')
  );
}

function joinSingles(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    let j = i;
    while (j < runs.length && single(runs, j)) j += 2; // word, boundary, word, …
    if (j - i >= 6) {
      for (let k = i; k < j; k += 2) push(out, runs[k].acc, runs[k].start, runs[k].end);
      i = j - 2; // the loop step lands on the boundary after the group, which is kept
    } else out.push(runs[i]); // `runs` is dropped after this: its runs move over as they are
  }
  return out;
}

/** The character kinds of the text being checked (reused: only the first `units.length` are read). */
let kindsBuffer = new Int8Array(256);

/**
 * The run sequences to match: the "split" view (words = letters and digits, any other character
 * separates) and, when symbols or punctuation sit inside a word, the "leet" view (words =
 * whitespace-free chunks with punctuation inside dropped, `f.u-c_k` → `fuck`, and digits or
 * symbols read as letters when the chunk has letters: `@rsch`, `sch31ss3`, `f*ck`). Both are
 * needed: the split view keeps `Mist!` a whole word and `Juden-raus` two words.
 */
export function buildViews(units: Units): Run[][] {
  const { ch, start, end, length: n } = units;
  used = 0; // the previous check's runs are free again
  if (kindsBuffer.length < n) kindsBuffer = new Int8Array(n);
  const kinds = kindsBuffer;
  for (let i = 0; i < n; i++) kinds[i] = kindOf(ch[i]);
  const split: Run[] = [];
  let singles = false;
  let wordLen = 0;
  let needLeet = false;
  for (let i = 0; i < n; i++) {
    const kind = kinds[i];
    if (kind === LETTER || kind === DIGIT) {
      if (wordLen++ === 0) boundary(split);
      push(split, acc(ch[i]), start[i], end[i]);
    } else {
      singles ||= wordLen === 1;
      wordLen = 0;
    }
    if (needLeet || kind === LETTER || kind === SPACE) continue;
    // The leet view differs only if a digit touches a letter or a symbol sits inside a chunk.
    const prev = i > 0 ? kinds[i - 1] : SPACE;
    const next = i + 1 < n ? kinds[i + 1] : SPACE;
    if (kind === DIGIT) needLeet = prev === LETTER || next === LETTER;
    else needLeet = next !== SPACE && (prev !== SPACE || kind === LEETSYM);
  }
  singles ||= wordLen === 1;
  const views = [singles ? joinSingles(split) : split];
  if (needLeet) views.push(leetView(units, kinds));
  return views;
}

function leetView({ ch, start, end, length: n }: Units, kinds: Int8Array): Run[] {
  const runs: Run[] = [];
  let singles = false;
  for (let from = 0; from < n;) {
    if (kinds[from] === SPACE) {
      from++;
      continue;
    }
    let to = from;
    let hasLetter = false;
    let stars = 0;
    let maxStars = 0;
    for (; to < n && kinds[to] !== SPACE; to++) {
      hasLetter ||= kinds[to] === LETTER;
      stars = ch[to] === '*' ? stars + 1 : 0;
      maxStars = Math.max(maxStars, stars);
    }
    // One or two stars hide letters (`f*ck`, `f**k`); longer star runs are decoration.
    let emitted = 0;
    for (let i = from; i < to; i++) {
      const kind = kinds[i];
      const c = ch[i];
      if (kind === PUNCT || (maxStars > 2 && c === '*') || (!hasLetter && kind !== DIGIT)) continue;
      if (emitted++ === 0) boundary(runs);
      push(runs, kind === LETTER ? acc(c) : hasLetter ? (LEET[c] ?? c) : c, start[i], end[i]);
    }
    singles ||= emitted === 1;
    from = to;
  }
  return singles ? joinSingles(runs) : runs;
}

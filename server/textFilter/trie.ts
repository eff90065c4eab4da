import type { Run } from './views';

/**
 * A trie over run-encoded terms (`scheisse` → s c h e i s×2 e) walked against run-encoded text.
 * One walk per start position finds every term at once, so the cost grows with the text, not
 * with the ~3000 expanded terms (obscenity's RegExpMatcher runs one regex per term instead).
 */
type Edges<T> = (Node<T> | undefined)[];
interface Node<T> {
  /** Edges by letter slot (see SLOT), then by the run length the term needs there (1..MAX_COUNT). */
  next: (Edges<T> | undefined)[] | null;
  /**
   * Most nodes have one child letter: it is kept here (`onlySlot`, `only`) and `next` stays
   * null, which keeps the trie of ~25k spellings small (a 42-slot array per node tripled the
   * heap and the GC time).
   */
  onlySlot: number;
  only: Edges<T> | undefined;
  values: T[] | null;
}

const MAX_COUNT = 3;
const MAX_ABSORB = 2;
const WILDCARD = 'abcdefghijklmnopqrstuvwxyzäöü'; // = chars.WILDCARD; local: imported bindings cost a getter call here
const node = <T>(): Node<T> => ({ next: null, onlySlot: -1, only: undefined, values: null });

/** The edges of `at` for letter slot `slot`, if any. */
function edgesOf<T>(at: Node<T>, slot: number): Edges<T> | undefined {
  return at.next !== null ? at.next[slot] : at.onlySlot === slot ? at.only : undefined;
}

// Letter slots: array indexing is several times faster than Map lookups in the hot walk.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzäöü0123456789 ';
const SLOT = new Int8Array(256).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) SLOT[ALPHABET.charCodeAt(i)] = i;
const SLOTS = ALPHABET.length;
const slotOf = (c: string): number => {
  const code = c.charCodeAt(0);
  return code < 256 ? SLOT[code] : -1;
};

/**
 * Called for a term ending at run `end` that started at run `start` (both inclusive), with the
 * caller's context (a module-level function plus a context object: no closure per check).
 */
export type OnMatch<T, C> = (ctx: C, start: number, end: number, values: T[]) => void;

/** Trie of folded terms (see `foldTerm`) with a value list per term. */
export class RunTrie<T> {
  private readonly root: Node<T> = node<T>();

  /** Adds a folded term; a space in it matches one word boundary. */
  add(folded: string, value: T): void {
    this.first = null;
    let at = this.root;
    for (let i = 0; i < folded.length;) {
      const ch = folded[i];
      let count = 1;
      while (ch !== ' ' && folded[i + count] === ch) count++;
      i += count;
      count = Math.min(count, MAX_COUNT);
      const slot = slotOf(ch);
      if (slot < 0) return; // a character text runs never contain (e.g. "="): unmatchable
      let edges = edgesOf(at, slot);
      if (edges === undefined) {
        edges = [undefined, undefined, undefined, undefined];
        if (at.next === null && at.only === undefined) {
          at.onlySlot = slot;
          at.only = edges;
        } else {
          if (at.next === null) {
            at.next = new Array<Edges<T> | undefined>(ALPHABET.length).fill(undefined);
            at.next[at.onlySlot] = at.only;
            at.only = undefined;
            at.onlySlot = -1;
          }
          at.next[slot] = edges;
        }
      }
      at = edges[count] ??= node<T>();
    }
    (at.values ??= []).push(value);
  }

  /**
   * What the first two steps of a walk can do, by (first slot, its run count capped at MAX_COUNT):
   * `alone` = a term ends after the first run; `pair[(slot * 4 + count) * SLOTS + nextSlot]` =
   * the smallest run count the second run needs to go on (0: it cannot). Half the walks die at
   * their second step; this skips them without a call. Built on the first scan after an `add`.
   */
  private first: { alone: Uint8Array; pair: Uint8Array } | null = null;

  private firstSteps(): { alone: Uint8Array; pair: Uint8Array } {
    const alone = new Uint8Array(SLOTS * 4);
    const pair = new Uint8Array(SLOTS * 4 * SLOTS);
    for (let a = 0; a < SLOTS; a++)
      for (let c = 1; c <= MAX_COUNT; c++)
        for (let k = 1; k <= c; k++) {
          const child = edgesOf(this.root, a)?.[k];
          if (child === undefined) continue;
          if (child.values !== null) alone[a * 4 + c] = 1;
          for (let b = 0; b < SLOTS; b++)
            for (let k2 = MAX_COUNT; k2 >= 1; k2--)
              if (edgesOf(child, b)?.[k2] !== undefined) {
                const at = (a * 4 + c) * SLOTS + b;
                if (pair[at] === 0 || k2 < pair[at]) pair[at] = k2;
              }
        }
    return { alone, pair };
  }

  /**
   * Reports every term occurrence in `runs` (overlapping ones too); with `wordStarts`, only the
   * ones that begin a word.
   */
  scan<C>(runs: Run[], onMatch: OnMatch<T, C>, ctx: C, wordStarts = false): void {
    const root = this.root.next;
    if (root === null) return; // fewer than two first letters: not worth a special case
    const { alone, pair } = (this.first ??= this.firstSteps());
    const n = runs.length;
    for (let s = 0; s < n; s++) {
      if (wordStarts && s > 0 && runs[s - 1].acc !== ' ') continue;
      const run = runs[s];
      // Cheap pre-check, exact for single-letter runs (a multi-letter run is just walked): most
      // positions start no term, or start one whose second letter is not the next run's.
      if (run.acc.length === 1) {
        const code = run.acc.charCodeAt(0);
        const slot = code < 256 ? SLOT[code] : -1;
        if (slot < 0 || root[slot] === undefined) continue;
        const first = slot * 4 + (run.count < MAX_COUNT ? run.count : MAX_COUNT);
        if (alone[first] === 0) {
          if (s + 1 === n) continue;
          const next = runs[s + 1];
          if (next.acc.length === 1) {
            const nextCode = next.acc.charCodeAt(0);
            const nextSlot = nextCode < 256 ? SLOT[nextCode] : -1;
            const need = nextSlot < 0 ? 0 : pair[first * SLOTS + nextSlot];
            if (need === 0 || need > next.count) continue;
          }
        }
      }
      this.walk(runs, s, s, this.root, '', 0, onMatch, ctx);
    }
  }

  /** Follows the trie from run `i`; iterative along the first branch, recursive for others. */
  private walk<C>(
    runs: Run[],
    s: number,
    i: number,
    at: Node<T>,
    prev: string,
    absorbed: number,
    onMatch: OnMatch<T, C>,
    ctx: C,
  ): void {
    for (; i < runs.length; i++) {
      const run = runs[i];
      const acc = run.acc;
      let follow: Node<T> | undefined;
      let followPrev = '';
      const next = at.next;
      const onlySlot = at.onlySlot;
      if (next !== null || onlySlot >= 0) {
        // A text run of n letters can stand for a term run of 1..n ("fuuuck" for "fuck"), never more.
        const max = run.count < MAX_COUNT ? run.count : MAX_COUNT;
        for (let a = 0; a < acc.length; a++) {
          const code = acc.charCodeAt(a);
          const slot = code < 256 ? SLOT[code] : -1;
          if (slot < 0) continue;
          const edges = next !== null ? next[slot] : onlySlot === slot ? at.only : undefined; // = edgesOf, inlined
          if (edges === undefined) continue;
          for (let k = 1; k <= max; k++) {
            const child = edges[k];
            if (child === undefined) continue;
            if (child.values !== null) onMatch(ctx, s, i, child.values);
            if (child.next === null && child.onlySlot < 0) continue; // a leaf
            if (follow === undefined) {
              follow = child;
              followPrev = acc[a];
            } else this.walk(runs, s, i + 1, child, acc[a], absorbed, onMatch, ctx);
          }
        }
      }
      // A neighbouring run that can repeat the letter just matched is absorbed ("sh1iit", "fuück");
      // only multi-letter runs can (equal single letters are already one run), capped so junk like
      // "1i1i1i…" cannot make the walk quadratic.
      if (acc.length > 1 && prev !== '' && absorbed < MAX_ABSORB && acc !== WILDCARD && acc.includes(prev)) {
        if (at.values !== null) onMatch(ctx, s, i, at.values);
        this.walk(runs, s, i + 1, at, prev, absorbed + 1, onMatch, ctx);
      }
      if (follow === undefined) return;
      at = follow;
      prev = followPrev;
    }
  }
}

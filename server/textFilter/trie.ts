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
   * Reports every term occurrence in `runs` (overlapping ones too); with `wordStarts`, only the
   * ones that begin a word.
   */
  scan<C>(runs: Run[], onMatch: OnMatch<T, C>, ctx: C, wordStarts = false): void {
    const root = this.root.next;
    if (root === null) return; // fewer than two first letters: not worth a special case
    for (let s = 0; s < runs.length; s++) {
      if (wordStarts && s > 0 && runs[s - 1].acc !== ' ') continue;
      const acc = runs[s].acc;
      // Cheap pre-check: most positions start no term at all.
      if (acc.length === 1) {
        const code = acc.charCodeAt(0);
        if (code === 32 || code >= 256 || SLOT[code] < 0 || root[SLOT[code]] === undefined) continue;
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

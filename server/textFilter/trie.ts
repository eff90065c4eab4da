import * as flat from './flatTrie';
import type { FlatTrie, OnMatch } from './flatTrie';
import type { Run } from './views';

// Module-level copies: under tsx every read of an imported binding is a getter call.
const { ALPHABET, MAX_COUNT, MULTI, SLOT, flatten, walk } = flat;

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

const node = <T>(): Node<T> => ({ next: null, onlySlot: -1, only: undefined, values: null });

/** A node's children by slot (for `flatten`). */
function children<T>(at: Node<T>): [number, Edges<T>][] {
  if (at.next === null) return at.only === undefined ? [] : [[at.onlySlot, at.only]];
  const out: [number, Edges<T>][] = [];
  at.next.forEach((edges, slot) => edges !== undefined && out.push([slot, edges]));
  return out;
}

/** The edges of `at` for letter slot `slot`, if any. */
function edgesOf<T>(at: Node<T>, slot: number): Edges<T> | undefined {
  return at.next !== null ? at.next[slot] : at.onlySlot === slot ? at.only : undefined;
}

const SLOTS = ALPHABET.length;
const slotOf = (c: string): number => {
  const code = c.charCodeAt(0);
  return code < 256 ? SLOT[code] : -1;
};

export type { OnMatch };

/**
 * What the first two steps of a walk can do, by (first slot, its run count capped at MAX_COUNT):
 * `alone` = a term ends after the first run; `pair[(slot * 4 + count) * SLOTS + nextSlot]` =
 * the smallest run count the second run needs to go on (0: it cannot); `starts[slot]` = some
 * term begins with that letter.
 */
interface FirstSteps {
  alone: Uint8Array;
  pair: Uint8Array;
  starts: Uint8Array;
}

/** Trie of folded terms (see `foldTerm`) with a value list per term. */
export class RunTrie<T> {
  private readonly root: Node<T> = node<T>();

  /** Adds a folded term; a space in it matches one word boundary. */
  add(folded: string, value: T): void {
    this.first = null;
    this.flat = null;
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

  /** The walk's form of this trie (flatTrie.ts), built on the first scan after an `add`. */
  private flat: FlatTrie<T> | null = null;

  /** Half the walks died at their second step: this skips them without a call. Built on the first scan after an `add`. */
  private first: FirstSteps | null = null;

  private firstSteps(): FirstSteps {
    const alone = new Uint8Array(SLOTS * 4);
    const pair = new Uint8Array(SLOTS * 4 * SLOTS);
    const starts = new Uint8Array(SLOTS);
    for (let a = 0; a < SLOTS; a++)
      for (let c = 1; c <= MAX_COUNT; c++)
        for (let k = 1; k <= c; k++) {
          const child = edgesOf(this.root, a)?.[k];
          if (child === undefined) continue;
          starts[a] = 1;
          if (child.values !== null) alone[a * 4 + c] = 1;
          for (let b = 0; b < SLOTS; b++)
            for (let k2 = MAX_COUNT; k2 >= 1; k2--)
              if (edgesOf(child, b)?.[k2] !== undefined) {
                const at = (a * 4 + c) * SLOTS + b;
                if (pair[at] === 0 || k2 < pair[at]) pair[at] = k2;
              }
        }
    return { alone, pair, starts };
  }

  /**
   * Reports every term occurrence in `runs` (overlapping ones too); with `wordStarts`, only the
   * ones that begin a word.
   */
  scan<C>(runs: Run[], onMatch: OnMatch<T, C>, ctx: C, wordStarts = false): void {
    if (this.root.next === null) return; // fewer than two first letters: not worth a special case
    const { alone, pair, starts } = (this.first ??= this.firstSteps());
    const trie = (this.flat ??= flatten(this.root, children));
    const n = runs.length;
    for (let s = 0; s < n; s++) {
      if (wordStarts && s > 0 && runs[s - 1].acc !== ' ') continue;
      const run = runs[s];
      // Cheap pre-check, exact for single-letter runs (a multi-letter run is just walked): most
      // positions start no term, or start one whose second letter is not the next run's.
      const slot = run.slot;
      if (slot !== MULTI) {
        if (slot < 0 || starts[slot] === 0) continue;
        const first = slot * 4 + (run.count < MAX_COUNT ? run.count : MAX_COUNT);
        if (alone[first] === 0) {
          if (s + 1 === n) continue;
          const nextSlot = runs[s + 1].slot;
          if (nextSlot !== MULTI) {
            const need = nextSlot < 0 ? 0 : pair[first * SLOTS + nextSlot];
            if (need === 0 || need > runs[s + 1].count) continue;
          }
        }
      }
      walk(trie, runs, s, s, 0, 0, trie.rootEnd, '', 0, onMatch, ctx);
    }
  }
}

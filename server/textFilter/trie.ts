import type { Run } from './views';

/**
 * A trie over run-encoded terms (`scheisse` → s c h e i s×2 e) walked against run-encoded text.
 * One walk per start position finds every term at once, so the cost grows with the text, not
 * with the ~3000 expanded terms (obscenity's RegExpMatcher runs one regex per term instead).
 */
interface Node<T> {
  /** Edges by letter slot (see SLOT), then by the run length the term needs there (1..MAX_COUNT). */
  next: ((Node<T> | undefined)[] | undefined)[] | null;
  values: T[] | null;
}

const MAX_COUNT = 3;
const MAX_ABSORB = 2;
const WILDCARD = 'abcdefghijklmnopqrstuvwxyzäöü'; // = chars.WILDCARD; local: imported bindings cost a getter call here
const node = <T>(): Node<T> => ({ next: null, values: null });

// Letter slots: array indexing is several times faster than Map lookups in the hot walk.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzäöü0123456789 ';
const SLOT = new Int8Array(256).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) SLOT[ALPHABET.charCodeAt(i)] = i;
const slotOf = (c: string): number => {
  const code = c.charCodeAt(0);
  return code < 256 ? SLOT[code] : -1;
};

/** Called for a term ending at run `end` that started at run `start` (both inclusive). */
export type OnMatch<T> = (start: number, end: number, values: T[]) => void;

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
      const next = (at.next ??= new Array<(Node<T> | undefined)[] | undefined>(ALPHABET.length).fill(undefined));
      const edges = (next[slot] ??= [undefined, undefined, undefined, undefined]);
      at = edges[count] ??= node<T>();
    }
    (at.values ??= []).push(value);
  }

  /** Reports every term occurrence in `runs` (overlapping ones too). */
  scan(runs: Run[], onMatch: OnMatch<T>): void {
    const root = this.root.next;
    if (root === null) return;
    for (let s = 0; s < runs.length; s++) {
      const acc = runs[s].acc;
      // Cheap pre-check: most positions start no term at all.
      if (acc.length === 1) {
        const code = acc.charCodeAt(0);
        if (code === 32 || code >= 256 || SLOT[code] < 0 || root[SLOT[code]] === undefined) continue;
      }
      this.walk(runs, s, s, this.root, '', 0, onMatch);
    }
  }

  /** Follows the trie from run `i`; iterative along the first branch, recursive for others. */
  private walk(
    runs: Run[],
    s: number,
    i: number,
    at: Node<T>,
    prev: string,
    absorbed: number,
    onMatch: OnMatch<T>,
  ): void {
    for (; i < runs.length; i++) {
      const run = runs[i];
      const acc = run.acc;
      const next = at.next;
      let follow: Node<T> | undefined;
      let followPrev = '';
      if (next !== null) {
        // A text run of n letters can stand for a term run of 1..n ("fuuuck" for "fuck"), never more.
        const max = run.count < MAX_COUNT ? run.count : MAX_COUNT;
        for (let a = 0; a < acc.length; a++) {
          const code = acc.charCodeAt(a);
          const slot = code < 256 ? SLOT[code] : -1;
          if (slot < 0) continue;
          const edges = next[slot];
          if (edges === undefined) continue;
          for (let k = 1; k <= max; k++) {
            const child = edges[k];
            if (child === undefined) continue;
            if (child.values !== null) onMatch(s, i, child.values);
            if (child.next === null) continue;
            if (follow === undefined) {
              follow = child;
              followPrev = acc[a];
            } else this.walk(runs, s, i + 1, child, acc[a], absorbed, onMatch);
          }
        }
      }
      // A neighbouring run that can repeat the letter just matched is absorbed ("sh1iit", "fuück");
      // only multi-letter runs can (equal single letters are already one run), capped so junk like
      // "1i1i1i…" cannot make the walk quadratic.
      if (acc.length > 1 && prev !== '' && absorbed < MAX_ABSORB && acc !== WILDCARD && acc.includes(prev)) {
        if (at.values !== null) onMatch(s, i, at.values);
        this.walk(runs, s, i + 1, at, prev, absorbed + 1, onMatch);
      }
      if (follow === undefined) return;
      at = follow;
      prev = followPrev;
    }
  }
}

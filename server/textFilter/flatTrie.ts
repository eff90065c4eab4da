import type { Run } from './views';

/**
 * The walk over a RunTrie (trie.ts) in a flat form: nodes numbered breadth first, their edges in
 * typed arrays. Profiles of the object trie spent most of the walk waiting for memory (three
 * objects per step spread over a heap of ~25k spellings); here the nodes near the root, where
 * every walk starts, sit together in a few kilobytes.
 */

export const MAX_COUNT = 3;
const KEY = 0xff;
const HAS_VALUES = 0x100;
const LEAF = 0x200;
const MAX_ABSORB = 2;
const WILDCARD = 'abcdefghijklmnopqrstuvwxyzäöü'; // = chars.WILDCARD; local: imported bindings cost a getter call here

// Letter slots: array indexing is several times faster than Map lookups in the hot walk.
export const ALPHABET = 'abcdefghijklmnopqrstuvwxyzäöü0123456789 ';
export const SLOT = new Int8Array(256).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) SLOT[ALPHABET.charCodeAt(i)] = i;
const SLOTS = ALPHABET.length;
/** `Run.slot` of a run that may stand for several letters (walks try each). */
export const MULTI = -2;
/** Nodes with more edges than this get a jump table (see FlatTrie.jump). */
const WIDE = 8;

/**
 * Edge records of four numbers each, `edge[r .. r + 3]` = key, child node, and the child's own
 * edges `lo .. hi` (record offsets, end exclusive), so a step reads one place, not the child's
 * entry in a node table too (that read missed the cache). A node's edges are sorted by
 * `key & KEY` = slot * 4 + the run length the term needs there (1..MAX_COUNT), so one slot's edges
 * are adjacent and in the order the object trie visited them. A node without edges is a leaf.
 * The key's high bits say whether the child has values or is a leaf, so the walk reads `values`
 * (a random place in a big array) only where it must. The root's edges are `0 .. rootEnd`.
 */
export interface FlatTrie<T> {
  edge: Int32Array;
  rootEnd: number;
  values: (T[] | null)[];
  /**
   * For a node with more than WIDE edges (the root and the nodes near it, where most walks
   * step), `jump[wide[n] + slot]` is the record offset of its first edge for `slot` or a later
   * one: no search on them. Other nodes' edges are scanned.
   */
  wide: Int32Array;
  jump: Int32Array;
}

const REC = 4;

/**
 * Numbers the builder's nodes (trie.ts) breadth first and lays their edges out in key order;
 * `edges` lists a node's children by slot, then by run length.
 */
export function flatten<T, N extends { values: T[] | null }>(
  root: N,
  edges: (node: N) => [slot: number, byCount: (N | undefined)[]][],
): FlatTrie<T> {
  const order: N[] = [root];
  const keys: number[] = [];
  const targets: number[] = [];
  const first: number[] = [];
  for (let n = 0; n < order.length; n++) {
    first.push(keys.length);
    for (const [slot, byCount] of edges(order[n]).sort((a, b) => a[0] - b[0]))
      for (let k = 1; k <= MAX_COUNT; k++) {
        const child = byCount[k];
        if (child === undefined) continue;
        keys.push(slot * 4 + k);
        targets.push(order.length);
        order.push(child);
      }
  }
  first.push(keys.length);
  const edge = new Int32Array(keys.length * REC);
  for (let e = 0; e < keys.length; e++) {
    const child = targets[e];
    const leaf = first[child] === first[child + 1];
    edge[e * REC] = keys[e] | (order[child].values !== null ? HAS_VALUES : 0) | (leaf ? LEAF : 0);
    edge[e * REC + 1] = child;
    edge[e * REC + 2] = first[child] * REC;
    edge[e * REC + 3] = first[child + 1] * REC;
  }
  const wide = new Int32Array(order.length).fill(-1);
  const jump: number[] = [];
  for (let n = 0; n < order.length; n++) {
    if (first[n + 1] - first[n] <= WIDE) continue;
    wide[n] = jump.length;
    for (let slot = 0, e = first[n]; slot < SLOTS; slot++) {
      while (e < first[n + 1] && keys[e] < slot * 4 + 1) e++;
      jump.push(e * REC);
    }
  }
  return { edge, rootEnd: first[1] * REC, values: order.map((node) => node.values), wide, jump: Int32Array.from(jump) };
}

/**
 * Called for a term ending at run `end` that started at run `start` (both inclusive), with the
 * caller's context (a module-level function plus a context object: no closure per check).
 */
export type OnMatch<T, C> = (ctx: C, start: number, end: number, values: T[]) => void;

/**
 * Follows the trie from run `i` at node `at` (edges `lo .. hi`, record offsets); iterative along
 * the first branch, recursive for others.
 */
export function walk<T, C>(
  trie: FlatTrie<T>,
  runs: Run[],
  s: number,
  i: number,
  at: number,
  lo: number,
  hi: number,
  prev: string,
  absorbed: number,
  onMatch: OnMatch<T, C>,
  ctx: C,
): void {
  const { edge, values, wide, jump } = trie;
  for (; i < runs.length; i++) {
    const run = runs[i];
    const acc = run.acc;
    let follow = -1;
    let followLo = 0;
    let followHi = 0;
    let followPrev = '';
    if (lo < hi) {
      // A text run of n letters can stand for a term run of 1..n ("fuuuck" for "fuck"), never more.
      const max = run.count < MAX_COUNT ? run.count : MAX_COUNT;
      let slot = run.slot;
      const letters = slot === MULTI ? acc.length : 1;
      for (let a = 0; a < letters; a++) {
        if (letters > 1) {
          const code = acc.charCodeAt(a);
          slot = code < 256 ? SLOT[code] : -1;
        }
        if (slot < 0) continue;
        const least = slot * 4 + 1;
        let r = lo;
        if (hi - lo > WIDE * REC) r = jump[wide[at] + slot];
        else while (r < hi && (edge[r] & KEY) < least) r += REC;
        for (const last = least + max - 1; r < hi && (edge[r] & KEY) <= last; r += REC) {
          const key = edge[r];
          const child = edge[r + 1];
          if ((key & HAS_VALUES) !== 0) onMatch(ctx, s, i, values[child] as T[]);
          if ((key & LEAF) !== 0) continue;
          const letter = letters > 1 ? acc[a] : acc;
          if (follow < 0) {
            follow = child;
            followLo = edge[r + 2];
            followHi = edge[r + 3];
            followPrev = letter;
          } else walk(trie, runs, s, i + 1, child, edge[r + 2], edge[r + 3], letter, absorbed, onMatch, ctx);
        }
      }
    }
    // A neighbouring run that can repeat the letter just matched is absorbed ("sh1iit", "fuück");
    // only multi-letter runs can (equal single letters are already one run), capped so junk like
    // "1i1i1i…" cannot make the walk quadratic.
    if (acc.length > 1 && prev !== '' && absorbed < MAX_ABSORB && acc !== WILDCARD && acc.includes(prev)) {
      const here = values[at];
      if (here !== null) onMatch(ctx, s, i, here);
      walk(trie, runs, s, i + 1, at, lo, hi, prev, absorbed + 1, onMatch, ctx);
    }
    if (follow < 0) return;
    at = follow;
    lo = followLo;
    hi = followHi;
    prev = followPrev;
  }
}

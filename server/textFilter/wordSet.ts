/**
 * A read-only set of many short words kept as one string and one typed-array hash table, so the
 * ~280k innocent parts cost the garbage collector two objects instead of 280k strings (a big
 * `Set<string>` slows every major collection, and so every check).
 */
export class WordSet {
  private readonly data: string;
  private readonly starts: Int32Array;
  private readonly lengths: Uint8Array;
  /** Open addressing: word index + 1, 0 = empty. */
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(words: readonly string[]) {
    this.data = words.join('');
    this.starts = new Int32Array(words.length);
    this.lengths = new Uint8Array(words.length);
    let size = 1;
    while (size < words.length * 2) size <<= 1;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    let at = 0;
    words.forEach((w, i) => {
      this.starts[i] = at;
      this.lengths[i] = Math.min(w.length, 255);
      at += w.length;
      if (!this.has(w)) this.table[this.slot(w)] = i + 1;
    });
  }

  private static hash(s: string, from: number, to: number): number {
    let h = 2166136261;
    for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
    return h >>> 0;
  }

  /** The slot holding `s`, or the empty slot where it would go. */
  private slot(s: string, from = 0, to = s.length): number {
    const n = to - from;
    for (let k = WordSet.hash(s, from, to) & this.mask; ; k = (k + 1) & this.mask) {
      const v = this.table[k];
      if (v === 0) return k;
      const i = v - 1;
      if (this.lengths[i] === n && this.matches(i, s, from, n)) return k;
    }
  }

  private matches(i: number, s: string, from: number, n: number): boolean {
    const at = this.starts[i];
    for (let j = 0; j < n; j++) if (this.data.charCodeAt(at + j) !== s.charCodeAt(from + j)) return false;
    return true;
  }

  /** Whether `s.slice(from, to)` is one of the words (no slice is made). */
  has(s: string, from = 0, to = s.length): boolean {
    return this.table[this.slot(s, from, to)] !== 0;
  }
}

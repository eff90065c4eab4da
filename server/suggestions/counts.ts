/**
 * Co-occurrence counts of one catalog's options over saved designs: `cnt[i]` designs contain
 * option i, `co[i*n+j]` designs contain both. Aggregates only: nothing here names a design or
 * a person. A design counts once, whatever its quantities. Grows when new option ids appear.
 */
export class CoCounts {
  readonly ids: string[] = [];
  private index = new Map<string, number>();
  cnt = new Uint32Array(0);
  co = new Uint32Array(0);
  /** Designs counted. */
  designs = 0;

  get size(): number {
    return this.ids.length;
  }

  /** The matrix index of an option id, added when new. */
  indexOf(id: string): number {
    let i = this.index.get(id);
    if (i !== undefined) return i;
    i = this.ids.length;
    this.ids.push(id);
    this.index.set(id, i);
    if (i >= this.cnt.length) this.grow(Math.max(16, this.cnt.length * 2));
    return i;
  }

  /** The index of a known option, else -1 (no count yet). */
  find(id: string): number {
    return this.index.get(id) ?? -1;
  }

  private grow(cap: number): void {
    const old = this.cnt.length;
    const cnt = new Uint32Array(cap);
    cnt.set(this.cnt);
    const co = new Uint32Array(cap * cap);
    for (let r = 0; r < old; r++) co.set(this.co.subarray(r * old, r * old + old), r * cap);
    this.cnt = cnt;
    this.co = co;
  }

  /** Pair count of two indices. */
  pair(i: number, j: number): number {
    return this.co[i * this.cnt.length + j]!;
  }

  /** Counts (`sign` 1) or uncounts (-1) one design's distinct options. */
  apply(optionIds: readonly string[], sign: 1 | -1): void {
    const idx = [...new Set(optionIds)].map((id) => this.indexOf(id));
    const cap = this.cnt.length;
    this.designs += sign;
    for (const i of idx) {
      this.cnt[i]! += sign;
      for (const j of idx) if (i !== j) this.co[i * cap + j]! += sign;
    }
  }
}

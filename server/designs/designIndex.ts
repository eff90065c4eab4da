import type { Logger } from 'pino';
import { trusted } from '@server/db/trusted';
import { DeletedDesignModel } from '@server/models/DeletedDesign';
import { DesignModel, designWrites, type DesignDoc } from '@server/models/Design';
import { CoCounts } from '@server/suggestions/counts';

/** Statuses whose designs teach the suggestions: not what moderators rejected or took down. */
const COUNTED = new Set(['private', 'pending', 'public']);

/** What the index keeps of a design: what the rules and the suggestions read, and its name. */
export type IndexedDesign = Pick<
  DesignDoc,
  '_id' | 'catalogId' | 'catalogVersion' | 'name' | 'status' | 'selections' | 'texts' | 'diets'
> & { hidden?: boolean; updatedAt: Date };
type Row = IndexedDesign;
const PROJECTION = {
  catalogId: 1,
  catalogVersion: 1,
  name: 1,
  status: 1,
  hidden: 1,
  selections: 1,
  texts: 1,
  diets: 1,
  updatedAt: 1,
};
const BATCH = 2000;

/** A design's distinct chosen options, or none when it does not count. */
const countedIds = (d: Row): string[] =>
  COUNTED.has(d.status) && !d.hidden
    ? [...new Set(d.selections.filter((s) => s.quantity > 0).map((s) => s.optionId))].sort()
    : [];

/**
 * The saved designs in memory, refreshed from the database: every `refreshMs` the designs
 * changed since the last look (by `updatedAt`) and the tombstones of deleted ones; every
 * `rebuildMs` everything afresh. Two things read it:
 * - the "often combined with" co-occurrence counts of every catalog (WHY in memory and not
 *   `$inc` counters: FerretDB loses concurrent increments, DATABASE.md; a catalog's whole
 *   matrix is a few kB; answers carry aggregate counts only);
 * - the merchandiser's impact report, which checks every saved design of a catalog: reading
 *   10,000 designs from FerretDB's SQLite backend takes many seconds (so does any filtered
 *   read, a refresh too: only `_id` lookups are fast there), the check itself a tenth of one;
 *   the report says as of when (`asOf`): this process's own writes are always in (`current`),
 *   other processes' within one refresh interval.
 * A few hundred bytes a design: 10,000 designs are a few MB.
 */
export class DesignIndex {
  private counts = new Map<string, CoCounts>();
  private rows = new Map<string, Row>();
  private watermark = new Date(0);
  /** When the last refresh or rebuild began: every design saved before is in. */
  private freshAt = new Date(0);
  private running: Promise<void> = Promise.resolve();
  private timers: NodeJS.Timeout[] = [];

  constructor(private opts: { refreshMs: number; rebuildMs: number; logger?: Logger }) {}

  /** The counts of a catalog (empty before any design of it was saved). */
  countsOf(catalogId: string): CoCounts | undefined {
    return this.counts.get(catalogId);
  }

  /** Every saved design of a catalog (any status), as of `asOf`. */
  designsOf(catalogId: string): IndexedDesign[] {
    return [...this.rows.values()].filter((r) => r.catalogId === catalogId);
  }

  /** Designs saved before this moment are in the index. */
  get asOf(): Date {
    return this.freshAt;
  }

  /** This process's design writes the index has seen (see `designWrites`). */
  private seenWrites = -1;

  /** Refreshes when this process wrote designs since the last look: its own saves are then in. */
  async current(): Promise<void> {
    if (designWrites.count !== this.seenWrites) await this.refresh();
  }

  /** A full recount, then the periodic refresh and rebuild (timers do not keep the process alive). */
  async start(): Promise<void> {
    await this.rebuild();
    const every = (ms: number, job: () => Promise<void>) => {
      const t = setInterval(() => void job().catch((err: Error) => this.opts.logger?.warn({ err }, 'suggestions')), ms);
      t.unref();
      this.timers.push(t);
    };
    every(this.opts.refreshMs, () => this.refresh());
    every(this.opts.rebuildMs, () => this.rebuild());
  }

  stop(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
  }

  /** One job at a time: a refresh never interleaves with a rebuild. */
  private serial(job: () => Promise<void>): Promise<void> {
    this.running = this.running.then(job, job);
    return this.running;
  }

  /** Takes in the designs changed since the last refresh (and uncounts what they were), forgets deleted ones. */
  refresh(): Promise<void> {
    return this.serial(async () => {
      const since = this.watermark;
      const began = new Date();
      const writes = designWrites.count;
      for (;;) {
        const rows = await DesignModel.find({ updatedAt: trusted({ $gte: this.watermark }) }, PROJECTION)
          .sort({ updatedAt: 1, _id: 1 })
          .limit(BATCH)
          .lean<Row[]>();
        for (const row of rows) this.recount(row);
        const last = rows[rows.length - 1];
        if (!last || last.updatedAt.getTime() === this.watermark.getTime()) break;
        this.watermark = last.updatedAt;
        if (rows.length < BATCH) break;
      }
      // A little overlap: a tombstone written just before the last look is read again, harmlessly.
      const gone = await DeletedDesignModel.find({ at: trusted({ $gte: new Date(since.getTime() - 5000) }) })
        .limit(100_000)
        .lean<{ _id: string }[]>();
      for (const { _id } of gone) this.forget(_id);
      this.freshAt = began;
      this.seenWrites = writes;
    });
  }

  /** A deleted design: uncounted and no longer listed. */
  private forget(id: string): void {
    const before = this.rows.get(id);
    if (!before) return;
    const ids = countedIds(before);
    if (ids.length) this.countsFor(before.catalogId).apply(ids, -1);
    this.rows.delete(id);
  }

  /** Everything counted again from scratch, then swapped in at once. */
  rebuild(): Promise<void> {
    return this.serial(async () => {
      const fresh = new DesignIndex(this.opts);
      const started = new Date();
      const writesAtStart = designWrites.count;
      for await (const row of DesignModel.find({}, PROJECTION).lean<Row[]>().cursor() as AsyncIterable<Row>) {
        fresh.recount(row);
        if (row.updatedAt > fresh.watermark) fresh.watermark = row.updatedAt;
      }
      this.counts = fresh.counts;
      this.rows = fresh.rows;
      this.freshAt = started;
      this.seenWrites = writesAtStart;
      // Designs saved during the scan are seen again by the next refresh (>=), harmlessly.
      this.watermark = fresh.watermark;
      // Tombstones from before this scan are no longer needed by anyone who rebuilt since (an hour's margin).
      await DeletedDesignModel.deleteMany({ at: trusted({ $lt: new Date(started.getTime() - 3600_000) }) });
    });
  }

  private recount(row: Row): void {
    const ids = countedIds(row);
    const before = this.rows.get(row._id);
    this.rows.set(row._id, row);
    const old = before ? countedIds(before) : [];
    if (before && before.catalogId === row.catalogId && old.join() === ids.join()) return;
    if (old.length) this.countsFor(before!.catalogId).apply(old, -1);
    if (ids.length) this.countsFor(row.catalogId).apply(ids, 1);
  }

  private countsFor(catalogId: string): CoCounts {
    let c = this.counts.get(catalogId);
    if (!c) this.counts.set(catalogId, (c = new CoCounts()));
    return c;
  }
}

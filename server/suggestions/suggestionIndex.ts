import type { Logger } from 'pino';
import { trusted } from '@server/db/trusted';
import { DesignModel } from '@server/models/Design';
import { CoCounts } from './counts';

/** Statuses whose designs teach the suggestions: not what moderators rejected or took down. */
const COUNTED = new Set(['private', 'pending', 'public']);

interface Row {
  _id: string;
  catalogId: string;
  status: string;
  hidden?: boolean;
  selections: { optionId: string; quantity: number }[];
  updatedAt: Date;
}
const PROJECTION = { catalogId: 1, status: 1, hidden: 1, selections: 1, updatedAt: 1 };
const BATCH = 2000;

/** A design's distinct chosen options, or none when it does not count. */
const countedIds = (d: Row): string[] =>
  COUNTED.has(d.status) && !d.hidden
    ? [...new Set(d.selections.filter((s) => s.quantity > 0).map((s) => s.optionId))].sort()
    : [];

/**
 * The co-occurrence counts of every catalog, kept in memory and refreshed from the designs:
 * every `refreshMs` the designs changed since the last look (by `updatedAt`) replace what they
 * counted before, so a design saved now counts within one interval; every `rebuildMs` a full
 * recount also forgets deleted designs. WHY in memory and not `$inc` counters: FerretDB loses
 * concurrent increments (DATABASE.md), and the whole matrix of a catalog is a few kB.
 * What it keeps per design is only its option indices, to undo them when it changes; answers
 * carry aggregate counts only.
 */
export class SuggestionIndex {
  private counts = new Map<string, CoCounts>();
  private counted = new Map<string, { catalogId: string; ids: string[] }>();
  private watermark = new Date(0);
  private running: Promise<void> = Promise.resolve();
  private timers: NodeJS.Timeout[] = [];

  constructor(private opts: { refreshMs: number; rebuildMs: number; logger?: Logger }) {}

  /** The counts of a catalog (empty before any design of it was saved). */
  countsOf(catalogId: string): CoCounts | undefined {
    return this.counts.get(catalogId);
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

  /** Counts the designs changed since the last refresh (and uncounts what they were). */
  refresh(): Promise<void> {
    return this.serial(async () => {
      for (;;) {
        const rows = await DesignModel.find({ updatedAt: trusted({ $gte: this.watermark }) }, PROJECTION)
          .sort({ updatedAt: 1, _id: 1 })
          .limit(BATCH)
          .lean<Row[]>();
        for (const row of rows) this.recount(row);
        const last = rows[rows.length - 1];
        if (!last || last.updatedAt.getTime() === this.watermark.getTime()) return;
        this.watermark = last.updatedAt;
        if (rows.length < BATCH) return;
      }
    });
  }

  /** Everything counted again from scratch, then swapped in at once. */
  rebuild(): Promise<void> {
    return this.serial(async () => {
      const fresh = new SuggestionIndex(this.opts);
      for await (const row of DesignModel.find({}, PROJECTION).lean<Row[]>().cursor() as AsyncIterable<Row>) {
        fresh.recount(row);
        if (row.updatedAt > fresh.watermark) fresh.watermark = row.updatedAt;
      }
      this.counts = fresh.counts;
      this.counted = fresh.counted;
      // Designs saved during the scan are seen again by the next refresh (>=), harmlessly.
      this.watermark = fresh.watermark;
    });
  }

  private recount(row: Row): void {
    const ids = countedIds(row);
    const before = this.counted.get(row._id);
    if (before && before.catalogId === row.catalogId && before.ids.join() === ids.join()) return;
    if (before) this.countsFor(before.catalogId).apply(before.ids, -1);
    if (ids.length) {
      this.countsFor(row.catalogId).apply(ids, 1);
      this.counted.set(row._id, { catalogId: row.catalogId, ids });
    } else this.counted.delete(row._id);
  }

  private countsFor(catalogId: string): CoCounts {
    let c = this.counts.get(catalogId);
    if (!c) this.counts.set(catalogId, (c = new CoCounts()));
    return c;
  }
}

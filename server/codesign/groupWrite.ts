import type { AnyBulkWriteOperation, UpdateQuery } from 'mongoose';
import { conflict } from '@server/errors';
import { trusted } from '@server/db/trusted';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { RevisionTokenModel } from '@server/models/RevisionToken';

interface Job {
  id: string;
  revision: number;
  update: UpdateQuery<DesignDoc>;
  filter: Record<string, unknown>;
  done: (err?: Error) => void;
}

const permitId = (id: string, revision: number) => `${id}:${revision}`;
const stale = () =>
  conflict('Someone else changed or decided this design at the same moment; reload it and try again.');

/**
 * Group commit for the rooms of one process: the writes every room asks for while the
 * previous batch is on its way go out together, as ONE insert of their permits (the same
 * permit per revision as writeDesign.ts: a duplicate means another writer was first → 409)
 * and ONE bulk of conditional updates. Each room still waits for its own write before it
 * acknowledges, but 200 rooms cost two database round trips, not 600.
 */
export class GroupWriter {
  private queue: Job[] = [];
  private running = false;

  write(doc: Pick<DesignDoc, '_id' | 'revision'>, update: UpdateQuery<DesignDoc>, filter: Record<string, unknown>) {
    return new Promise<void>((ok, fail) => {
      this.queue.push({ id: doc._id, revision: doc.revision, update, filter, done: (e) => (e ? fail(e) : ok()) });
      if (!this.running) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queue.length) await this.batch(this.queue.splice(0));
    } finally {
      this.running = false;
    }
  }

  private async batch(jobs: Job[]): Promise<void> {
    try {
      const refused = new Set<number>();
      await RevisionTokenModel.insertMany(
        jobs.map((j) => ({ _id: permitId(j.id, j.revision), at: new Date() })),
        { ordered: false },
      ).catch((err: { writeErrors?: { index: number }[]; code?: number }) => {
        if (!err.writeErrors && err.code !== 11000) throw err;
        for (const e of err.writeErrors ?? []) refused.add(e.index);
      });
      // Holding permit <id>:<revision>, nobody else can move the design past that revision, so
      // reading it now and updating it by `_id` alone (the one filter FerretDB answers without a
      // scan) is still conditional: a stale room (its revision is behind) is refused here.
      const held = jobs.filter((_, i) => !refused.has(i));
      const now = held.length
        ? await DesignModel.find({ _id: trusted({ $in: held.map((j) => j.id) }) }, { revision: 1, status: 1 }).lean<
            { _id: string; revision: number; status: string }[]
          >()
        : [];
      const stored = new Map(now.map((d) => [d._id, d]));
      const fits = (j: Job) =>
        stored.get(j.id)?.revision === j.revision &&
        Object.entries(j.filter).every(
          ([k, v]) => (stored.get(j.id) as Record<string, unknown> | undefined)?.[k] === v,
        );
      const go = held.filter(fits);
      const ops: AnyBulkWriteOperation<DesignDoc>[] = go.map((j) => ({
        updateOne: { filter: { _id: j.id }, update: { ...j.update, $inc: { revision: 1 } } },
      }));
      if (ops.length) await DesignModel.bulkWrite(ops, { ordered: false });
      const written = new Set(go);
      jobs.forEach((j) => j.done(written.has(j) ? undefined : stale()));
      const old = go.filter((j) => j.revision > 0).map((j) => permitId(j.id, j.revision - 1));
      if (old.length) void RevisionTokenModel.deleteMany({ _id: trusted({ $in: old }) }).catch(() => undefined);
    } catch (err) {
      for (const j of jobs) j.done(err as Error);
    }
  }
}

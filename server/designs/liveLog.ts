import { conflict } from '@server/errors';
import { deletePermit, findPermit, insertPermit, insertPermits, marginMs, type Permit } from '@server/db/permits';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { reviseUpdate } from '@server/moderation/authorActions';
import type { Selection } from '@shared/catalog/types';
import type { Totals } from '@shared/api';
import type { StoredFinding } from './screenTexts';

/** What a live room's write sets on the design: its draft and what follows from it. */
export interface LivePayload {
  name: string;
  selections: Selection[];
  texts: Record<string, string>;
  diets: string[];
  totals: Totals;
  findings: StoredFinding[];
  /** The last mutation id per (person, client) this state includes. */
  liveMutations: { k: string; m: number }[];
}

/**
 * A log entry is a permit carrying the state as ONE JSON string. WHY a string: FerretDB's SQLite
 * backend converts every nested value of a document, on insert and on every read; an insert of
 * the state as an object cost it 0.43 ms of CPU, as a string 0.14 ms (measured, 4,000 entries).
 */
const payloadOf = (e: Permit): LivePayload | undefined => (e.live ? (JSON.parse(e.live) as LivePayload) : undefined);

const entryId = (designId: string, revision: number) => `${designId}:${revision}`;
const stale = () =>
  conflict('Someone else changed or decided this design at the same moment; reload it and try again.');
/** A room folds its log into the design after this many entries (and when it closes). */
export const COMPACT_EVERY = 200;

/**
 * WHY a log: on FerretDB an update rewrites the whole design and costs 1-3 ms each (a bulk of
 * 200 rooms' updates took 300-600 ms), an insert of 200 small documents ~20 ms. So a room's
 * write is an INSERT of the permit of the revision it moves the design from
 * (`<id>:<revision>`, the same permit every design write takes, server/db/conditionalWrite.ts)
 * carrying the new state: the insert is the atomic compare-and-set, the durable write and
 * the log entry at once. The design document is the snapshot the entries after its revision
 * apply to; it is brought up to date ("compacted") by the room every COMPACT_EVERY entries and
 * when the room closes, and by any HTTP read or write of the design that finds entries
 * (loadDesign, writeDesign), each under the permit of the revision after the last entry.
 */
export class LogWriter {
  private queue: {
    entry: Permit;
    designId: string;
    revision: number;
    verify: boolean;
    wide: boolean;
    done: (err?: Error) => void;
  }[] = [];
  private running = false;

  /**
   * Resolves once the entry moving `designId` from `revision` is durable; 409 when someone else
   * was first. `verify`: the writer last confirmed `revision` longer ago than a moved-past permit
   * is kept (server/db/permitSweep.ts), so the design is read to see that it is not past it.
   * `wide`: the writer read `revision` from the store (not from its own last write), so another
   * writer may hold it too: the entry goes into three segments (server/db/permits.ts).
   */
  append(designId: string, revision: number, live: LivePayload, verify = false, wide = true): Promise<void> {
    return this.enqueue(
      { _id: entryId(designId, revision), at: new Date(), live: JSON.stringify(live) },
      designId,
      revision,
      verify,
      wide,
    );
  }

  /**
   * A fold's permit of `revision` (no state: it ends the entries) for a room that reached that
   * revision by its own writes less than marginMs() ago: narrow, in the next batch, like the
   * room's entries (server/db/permits.ts). False when another writer holds it.
   */
  hold(designId: string, revision: number): Promise<boolean> {
    return this.enqueue({ _id: entryId(designId, revision), at: new Date() }, designId, revision, false, false).then(
      () => true,
      (err: { status?: number }) => {
        if (err.status === 409) return false;
        throw err;
      },
    );
  }

  private enqueue(entry: Permit, designId: string, revision: number, verify: boolean, wide: boolean): Promise<void> {
    return new Promise<void>((ok, fail) => {
      this.queue.push({ entry, designId, revision, verify, wide, done: (e) => (e ? fail(e) : ok()) });
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

  /**
   * ONE insert of every room's entries that queued while the previous one was on its way. An
   * entry asked to `verify` is only a write when its design is still at or before it: a room
   * that had not heard of two newer writes for long could meet a permit already swept and
   * insert an entry nobody reads; that entry is refused like a taken one (the room reads again;
   * its mutation ids make the retry harmless if a fold already had it).
   */
  private async batch(jobs: LogWriter['queue']): Promise<void> {
    let refused: Set<number>;
    try {
      const wide = new Set(jobs.flatMap((j, i) => (j.wide ? [i] : [])));
      refused = await insertPermits(
        jobs.map((j) => j.entry),
        Date.now(),
        wide,
      );
      // Only `_id` lookups are fast on FerretDB's SQLite: one per entry to verify (rare).
      const revisions = new Map(
        await Promise.all(
          jobs
            .filter((j, i) => j.verify && !refused.has(i))
            .map(async (j) => {
              const d = await DesignModel.findById(j.designId, { revision: 1 }).lean<{ revision: number } | null>();
              return [j.designId, d?.revision ?? Infinity] as const;
            }),
        ),
      );
      jobs.forEach((j, i) => {
        if (refused.has(i) || !j.verify || revisions.get(j.designId)! <= j.revision) return;
        refused.add(i); // the permit sweep removes the unread entry with the old ones
      });
    } catch (err) {
      for (const j of jobs) j.done(err as Error);
      return;
    }
    jobs.forEach((j, i) => j.done(refused.has(i) ? stale() : undefined));
  }
}

/** The entries after a design's revision: how many, and the last (each holds the whole state). */
export interface Tail {
  count: number;
  last?: LivePayload;
}

/**
 * The live entries after `revision`: `<designId>:<revision>`, the next, and so on, up to the
 * first that is missing or carries no state (a writer, a fold or a PATCH, holds it). Looked up
 * by `_id`, in rounds of 1, 4, 16 and then 64 revisions at once: an `_id` lookup is the one
 * query FerretDB answers from an index (scripts/ferretdb/idindex.go); a range of `_id`s reads
 * every entry of every segment (seconds with 1,000 clients writing, and after a crash every
 * design's first read paid it).
 */
export async function readTail(designId: string, revision: number): Promise<Tail> {
  const tail: Tail = { count: 0 };
  for (let round = 1; ; round = Math.min(round * 4, 64)) {
    const from = revision + tail.count;
    const found = await Promise.all(Array.from({ length: round }, (_, i) => findPermit(entryId(designId, from + i))));
    for (const permit of found) {
      const live = permit ? payloadOf(permit) : undefined;
      if (!live) return tail;
      [tail.count, tail.last] = [tail.count + 1, live];
    }
  }
}

/**
 * For the permit sweep (server/db/permitSweep.ts): the designs with live entries in a segment
 * about to be dropped are folded where those entries are still ahead of them. A room of this
 * process first folds what it holds and says the design's revision then; any other design's
 * revision is read (also a room's whose fold was refused). It is folded from the log only when
 * its next entry lies in that segment (`inSegment`): entries go in revision order, so otherwise
 * every entry of it there is folded already (and a live room elsewhere is left alone). False
 * when one could not be folded now (the sweep waits a round).
 */
export async function foldOldEntries(
  designIds: string[],
  inSegment: (permitId: string) => Promise<boolean>,
): Promise<boolean> {
  for (const designId of designIds) {
    // null: the room could not fold (another writer, an HTTP read, folded its entries and it has
    // not heard yet): the design is read like any other.
    const own = localFolds.get(designId);
    const revision =
      (own ? await own().catch(() => null) : null) ??
      (await DesignModel.findById(designId, { revision: 1 }).lean<{ revision: number } | null>())?.revision;
    if (revision === undefined || !(await inSegment(entryId(designId, revision)))) continue;
    const doc = await DesignModel.findById(designId).lean<DesignDoc | null>();
    if (doc && !(await foldLive(doc).catch(() => null))) return false;
  }
  return true;
}

/** The open rooms of this process: each folds its own entries on request (the design's revision then, null when it could not). */
const localFolds = new Map<string, () => Promise<number | null>>();
/** A room registers how it folds; the returned function unregisters it. */
export function registerLocalFold(designId: string, fold: () => Promise<number | null>): () => void {
  localFolds.set(designId, fold);
  return () => {
    if (localFolds.get(designId) === fold) localFolds.delete(designId);
  };
}

/**
 * Writes the last of `tail` (the entries after `doc.revision`) into the design, holding the
 * permit of the revision after them, so no room entry and no other writer can come between;
 * the design is then at that revision + 1. Null when someone else was first (read again).
 */
export async function compact(
  doc: DesignDoc,
  tail: Tail,
  knownAt?: number,
  writer?: LogWriter,
): Promise<DesignDoc | null> {
  const { last } = tail;
  if (!last) return doc;
  const upTo = doc.revision + tail.count;
  // WHY the filter may leave out the revision: on FerretDB a filter of `_id` alone is the one it
  // does not evaluate document by document in Go (~40 ms a fold with 400 designs, holding the
  // database's write lock: 200 rooms folding at once stalled every insert for seconds). It is
  // safe when the caller knew `upTo` to be the design's next revision less than marginMs() ago:
  // any other writer of it since then meets this permit (server/db/permits.ts).
  const recent = knownAt !== undefined && Date.now() - knownAt < marginMs();
  // `writer`: the caller (a room) reached `upTo` by its own writes, so its permit may go narrow.
  const held =
    recent && writer
      ? await writer.hold(doc._id, upTo)
      : await insertPermit({ _id: entryId(doc._id, upTo), at: new Date() });
  if (!held) return null;
  const revise = doc.status === 'rejected' ? reviseUpdate(doc, null) : null;
  const updated = await DesignModel.findOneAndUpdate(
    recent ? { _id: doc._id } : { _id: doc._id, revision: doc.revision },
    { $set: { ...last, ...revise?.set, revision: upTo + 1 }, ...(revise?.push && { $push: revise.push }) },
    { returnDocument: 'after' },
  ).lean<DesignDoc | null>();
  if (!updated) {
    await deletePermit(entryId(doc._id, upTo)).catch(() => undefined);
    return null;
  }
  return updated;
}

/**
 * The design with every live entry after its revision folded in (read again when another
 * writer was first). Only a design a room was ever opened for (`liveLog`) has entries: the
 * others cost no read of the log.
 */
export async function foldLive(doc: DesignDoc): Promise<DesignDoc> {
  if (!doc.liveLog) return doc;
  // A room of this process folds its own entries between its writes: folded here, under the
  // permit its next entry would take, its next write would meet it and the room start again
  // (a snapshot to everyone in it), at every GET of a collaborator opening the page.
  const own = localFolds.get(doc._id);
  const folded = own ? await own().catch(() => null) : null;
  if (folded !== null && folded !== doc.revision)
    doc = (await DesignModel.findById(doc._id).lean<DesignDoc | null>()) ?? doc;
  for (let current: DesignDoc | null = doc, i = 0; current && i < 10; i++) {
    const tail = await readTail(current._id, current.revision);
    if (!tail.count && (await stillAt(current))) return current;
    // With entries, compact's update is conditional on the revision read.
    const done = tail.count ? await compact(current, tail) : null;
    if (done) return done;
    await new Promise((ok) => setTimeout(ok, 5 + Math.random() * 10 * i));
    current = await DesignModel.findById(doc._id).lean<DesignDoc | null>();
  }
  throw stale();
}

/**
 * Whether the design is still at the revision of `doc`, read before its log: in between, a
 * fold may have moved it on and the sweep dropped the segment with the entries it folded, so
 * the log looks empty (or shorter) after an older document. Such a pair is read again.
 */
export async function stillAt(doc: DesignDoc): Promise<boolean> {
  const now = await DesignModel.findById(doc._id, { revision: 1 }).lean<{ revision: number } | null>();
  return now?.revision === doc.revision;
}

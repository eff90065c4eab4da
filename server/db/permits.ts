import mongoose from 'mongoose';
import { isDuplicateKey } from './isDuplicateKey';

/**
 * A write permit `<key>:<revision>` (server/db/conditionalWrite.ts): exactly one writer per
 * revision inserts it. A live room's log entry is such a permit carrying the design's state
 * after that revision as JSON (`live`, server/designs/liveLog.ts).
 */
export interface Permit {
  _id: string;
  at: Date;
  live?: string;
}

/**
 * WHY time segments: on FerretDB 1.24 every query but an insert reads the whole collection,
 * ~90 µs per document in Go (a delete by age of 10,000 of 20,000 entries 2.2 s of its CPU, a
 * lookup of a missing `_id` 140 ms; measured on SQLite). Under 1,000 live clients rooms insert
 * ~2,000 entries a second, and a sweep that deleted them by age read every entry four times and
 * never caught up. So permits go into one collection per time segment (`permits_<n>`, n =
 * now / segment length), and a segment goes as a whole, with ONE drop, once nobody can write to
 * it any more. Each permit is still an insert against the unique `_id`, the compare-and-set:
 * - a writer inserts into the segment before its own, its own and the one after (older first),
 *   a "wide" write; only a live room's entry of a revision it reached by its own writes goes
 *   into its own segment alone, a "narrow" write (it is 2 inserts of 3 per operation saved,
 *   and the critical path of every operation is then ONE insert). Two writers of one revision
 *   less than a segment length apart always meet in one segment when at least one of them is
 *   wide; two narrow ones would be one room writing the same revision twice, which it does
 *   not: a room's write is wide whenever its revision came from a read of the store (it opened,
 *   it loaded again), the one moment another writer (an old owner process) can hold it too;
 * - a writer further apart read its revision that long ago: HTTP writers' updates are
 *   conditional on the revision, and a live room checks the design after its write
 *   (LogWriter's `verify`, after marginMs());
 * - segment n takes inserts until segment n + 2 begins and is dropped once segment n + 3 has:
 *   every permit stays at least a segment length after its last insert.
 */
let segmentMs = 20_000;
/** The segment length (PERMIT_KEEP_MS): a permit is kept at least this long. */
export const permitKeepMs = () => segmentMs;
/** Writers of one revision closer than this always meet; a room whose revision is older checks after writing. */
export const marginMs = () => segmentMs;
export function setPermitKeep(ms: number): void {
  segmentMs = ms;
}

const PREFIX = 'permits_';
const segmentOf = (t: number) => Math.floor(t / segmentMs);
const collection = (n: number) => mongoose.connection.collection<Permit>(`${PREFIX}${n}`);

/**
 * WHY a list of keys beside each segment: the sweep must know whose live entries a segment
 * holds before it drops it, and reading the segment itself (20,000 entries with 1,000 clients)
 * took FerretDB 1-3 s of CPU every segment and stalled every write meanwhile. So before a live
 * entry goes into a segment, its key (the design) goes into `permitlive_<n>`, once per process
 * and segment: a small collection the sweep reads instead.
 */
const LIVE_PREFIX = 'permitlive_';
const liveKeys = (n: number) => mongoose.connection.collection<{ _id: string }>(`${LIVE_PREFIX}${n}`);
const keyOf = (id: string) => id.slice(0, id.lastIndexOf(':'));
/** The keys this process has listed, by segment (those of dropped segments are forgotten). */
const listed = new Map<number, Set<string>>();

type WriteErrors = { index?: number; err?: { index?: number; code?: number }; code?: number };
/** The failed indexes of an unordered insertMany's error (the driver gives one as itself, several as an array). */
const failedWrites = (err: { writeErrors?: WriteErrors | WriteErrors[] }) => [err.writeErrors ?? []].flat();

/** Lists the keys of the live `permits` in `segments`, durable before the entries are written. */
async function listLiveKeys(permits: Permit[], segments: number[]): Promise<void> {
  const keys = [...new Set(permits.filter((p) => p.live !== undefined).map((p) => keyOf(p._id)))];
  if (!keys.length) return;
  await Promise.all(
    segments.map(async (n) => {
      const have = listed.get(n) ?? listed.set(n, new Set()).get(n)!;
      const missing = keys.filter((k) => !have.has(k));
      if (!missing.length) return;
      await liveKeys(n)
        .insertMany(
          missing.map((_id) => ({ _id })),
          { ordered: false },
        )
        .catch((err: { writeErrors?: WriteErrors | WriteErrors[]; code?: number }) => {
          // Listed already (another process, or an earlier try that did not hear back): fine.
          const errors = failedWrites(err);
          if (!(errors.length ? errors.every((e) => (e.code ?? e.err?.code) === 11000) : isDuplicateKey(err)))
            throw err;
        });
      for (const k of missing) have.add(k);
    }),
  );
}

/** Segments this process knows to exist (listed at the first read and by every sweep, and written to). */
let known: Set<number> | null = null;

async function listSegments(): Promise<Set<number>> {
  const names = await mongoose.connection.db!.listCollections({}, { nameOnly: true }).toArray();
  // A list of keys left without its segment (a sweep stopped between the two drops) goes too.
  return new Set(
    names
      .map((c) => c.name)
      .flatMap((name) => [PREFIX, LIVE_PREFIX].filter((p) => name.startsWith(p)).map((p) => name.slice(p.length)))
      .map(Number)
      .filter(Number.isSafeInteger),
  );
}

/** Where a wide writer puts a permit now: the segment before its own (first), its own, the one after. */
function writeSegments(now = Date.now()): number[] {
  const n = segmentOf(now);
  known
    ?.add(n - 1)
    .add(n)
    .add(n + 1);
  return [n - 1, n, n + 1];
}

/** Every segment a permit may be in: the known ones and those around now (another process's clock). */
async function readSegments(now = Date.now()): Promise<number[]> {
  known ??= await listSegments();
  const n = segmentOf(now);
  return [...new Set([...known, n - 1, n, n + 1])].sort((a, b) => a - b);
}

/**
 * Inserts one permit, wide (as a writer at `now`); false when another writer holds it. A writer
 * refused in a segment takes back the copies it put into the ones before: the winner's copies are
 * in that segment (and maybe later ones), and a copy left behind would carry a state nobody
 * acknowledged.
 */
export async function insertPermit(permit: Permit, now = Date.now()): Promise<boolean> {
  const written: number[] = [];
  const segments = writeSegments(now);
  await listLiveKeys([permit], segments);
  for (const n of segments) {
    try {
      await collection(n).insertOne({ ...permit });
      written.push(n);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      await takeBack(permit._id, written);
      return false;
    }
  }
  return true;
}

/** Removes a refused writer's own copies (an `_id` lookup each, the one FerretDB does in SQL). */
async function takeBack(_id: string, segments: number[]): Promise<void> {
  await Promise.all(segments.map((n) => collection(n).deleteOne({ _id }))).catch(() => undefined);
}

/**
 * Inserts many permits (live entries of several rooms): the narrow ones in ONE insert into the
 * segment of `now`, the `wide` ones (indexes) each as insertPermit does. Returns the indexes of
 * those another writer holds. A failure it cannot place refuses all of the narrow ones.
 */
export async function insertPermits(
  permits: Permit[],
  now = Date.now(),
  wide = new Set<number>(),
): Promise<Set<number>> {
  const refused = new Set<number>();
  const narrow = permits.map((_, i) => i).filter((i) => !wide.has(i));
  const n = segmentOf(now);
  known?.add(n);
  await listLiveKeys(
    narrow.map((i) => permits[i]),
    [n],
  );
  await Promise.all([
    ...[...wide].map(async (i) => void (!(await insertPermit(permits[i], now)) && refused.add(i))),
    narrow.length &&
      collection(n)
        .insertMany(
          narrow.map((i) => ({ ...permits[i] })),
          { ordered: false },
        )
        .catch((err: { writeErrors?: WriteErrors | WriteErrors[]; code?: number }) => {
          if (!err.writeErrors && err.code !== 11000) throw err;
          const failed = failedWrites(err).map((e) => e.index ?? e.err?.index);
          if (!failed.length || failed.some((i) => i === undefined)) narrow.forEach((i) => refused.add(i));
          for (const f of failed) if (f !== undefined) refused.add(narrow[f]);
        }),
  ]);
  return refused;
}

/**
 * The permits with `from <= _id < to`, from every segment, one per `_id`: the copy in the latest
 * segment, the winner's (a refused wide writer's copies are all in earlier segments than the one
 * it was refused in, where the winner's is, and it takes them back).
 */
export async function findPermits(from: string, to: string): Promise<Permit[]> {
  const found = (
    await Promise.all(
      (await readSegments()).map((n) =>
        collection(n)
          .find({ _id: { $gte: from, $lt: to } })
          .toArray(),
      ),
    )
  ).flat();
  const byId = new Map<string, Permit>();
  for (const p of found) byId.set(p._id, p); // segments in ascending order: the latest wins
  return [...byId.values()];
}

/** One permit, wherever it is (an `_id` lookup in each segment, the latest first). */
export async function findPermit(_id: string): Promise<Permit | null> {
  for (const n of (await readSegments()).reverse()) {
    const p = await collection(n).findOne({ _id });
    if (p) return p;
  }
  return null;
}

/** Removes a permit (a writer gives it back), or only one older than `before` without a state (a stuck one). */
export async function deletePermit(_id: string, stuckBefore?: Date): Promise<void> {
  const filter = stuckBefore ? { _id, at: { $lt: stuckBefore }, live: { $exists: false } } : { _id };
  await Promise.all((await readSegments()).map((n) => collection(n).deleteOne(filter)));
}

/**
 * The sweep: every segment nobody writes to any more (a whole segment length since its last insert) is
 * dropped, after `foldOld` made sure no live entry in it is still ahead of its design (their
 * room's process died): ONE read of the segment's list of keys, then the drops (the segment
 * first, its list after). `foldOld` gets the keys and a lookup of a permit in that segment.
 * Returns how many were dropped.
 */
export async function dropOldSegments(
  foldOld: (keys: string[], inSegment: (id: string) => Promise<boolean>) => Promise<boolean>,
  now = Date.now(),
): Promise<number> {
  known = await listSegments();
  const last = segmentOf(now) - 3;
  for (const n of listed.keys()) if (n <= last) listed.delete(n); // nobody writes there any more
  let dropped = 0;
  for (const n of [...known].filter((s) => s <= last).sort((a, b) => a - b)) {
    const keys = (await liveKeys(n).find({}).toArray()).map((k) => k._id);
    const inSegment = async (_id: string) => (await collection(n).findOne({ _id })) !== null;
    if (keys.length && !(await foldOld(keys, inSegment))) break;
    for (const c of [collection(n), liveKeys(n)]) await c.drop().catch(() => undefined); // another process dropped it first
    known.delete(n);
    dropped++;
  }
  return dropped;
}

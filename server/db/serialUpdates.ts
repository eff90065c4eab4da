import mongoose from 'mongoose';

/**
 * WHY: FerretDB 1.24 runs every update as read → modify in Go → write the whole document back,
 * without re-checking the filter at write time. Two updates of one document at the same time
 * therefore lose one of them: two `$set`s of different fields keep only one, parallel `$inc`s
 * count once (measured: 49 of 50 documents lost a `$set`). Running one process's updates of a
 * document one after another closes the gap within that process; across processes only the
 * per-revision permit holds (server/db/conditionalWrite.ts). On a real MongoDB updates are
 * atomic, so `connectDatabase` installs this only against FerretDB.
 */
const UPDATES = new Set(['updateOne', 'updateMany', 'findOneAndUpdate', 'replaceOne', 'findOneAndReplace']);

const tails = new Map<string, Promise<unknown>>();

/** Runs `write` after every earlier write queued under `key` has settled. */
export function serially<T>(key: string, write: () => Promise<T>): Promise<T> {
  return after([tails.get(key)], key, write);
}

function after<T>(earlier: (Promise<unknown> | undefined)[], key: string, write: () => Promise<T>): Promise<T> {
  const waiting = earlier.filter((p) => p !== undefined);
  const ready = waiting.length ? Promise.all(waiting) : Promise.resolve();
  const run = ready.then(write, write);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}

/** The one document a filter names by `_id` (a plain value, not an operator), else undefined. */
function documentOf(filter: Record<string, unknown>): string | undefined {
  const id = filter._id;
  if (id === undefined || id === null) return undefined;
  if (typeof id === 'string' || typeof id === 'number') return String(id);
  // An ObjectId has a string form; an operator object ({$in: …}) may touch several documents.
  const ctor = (id as { constructor?: { name?: string } }).constructor?.name;
  return ctor === 'ObjectId' ? String(id) : undefined;
}

/**
 * Queues an update: one that names its document waits for the earlier updates of that document
 * and for the collection-wide ones; one without `_id` (it may touch any document) waits for
 * everything queued on the collection. Documents do not wait on each other.
 */
export function serialUpdate<T>(collection: string, filter: Record<string, unknown>, write: () => Promise<T>) {
  const wide = `update:${collection}`;
  const id = documentOf(filter);
  if (id !== undefined) return after([tails.get(wide), tails.get(`${wide}:${id}`)], `${wide}:${id}`, write);
  const prefix = `${wide}:`;
  const all = [...tails].filter(([k]) => k === wide || k.startsWith(prefix)).map(([, t]) => t);
  return after(all, wide, write);
}

/** What this patch reads of a query: its operation (a public field mongoose's types leave out) and model. */
type UpdateQuery = mongoose.Query<unknown, unknown> & { op?: string };
type Exec = (this: UpdateQuery, ...args: unknown[]) => Promise<unknown>;

let installed = false;

/**
 * Routes every mongoose update through `serialUpdate` (all go through `Query.exec`). Call it
 * once, and only against FerretDB; calling it again changes nothing.
 */
export function installSerialUpdates(): void {
  if (installed) return;
  installed = true;
  const exec = mongoose.Query.prototype.exec as unknown as Exec;
  mongoose.Query.prototype.exec = function serialExec(this: UpdateQuery, ...args: unknown[]) {
    if (!UPDATES.has(this.op ?? '')) return exec.apply(this, args);
    return serialUpdate(this.model.collection.collectionName, this.getFilter(), () => exec.apply(this, args));
  } as typeof mongoose.Query.prototype.exec;
}

import mongoose from 'mongoose';

/**
 * WHY: FerretDB 1.24 runs every update as read → modify in Go → write the whole document back,
 * without re-checking the filter at write time. Two updates of one document at the same time
 * therefore lose one of them: two `$set`s of different fields keep only one, parallel `$inc`s
 * count once (measured: 49 of 50 documents lost a `$set`). The embedded database serves one
 * app process, so running that process's updates of a collection one after another closes
 * the gap; on a real MongoDB (MONGODB_URI) updates are atomic and this costs only the queueing.
 * Designs additionally take a per-revision permit (server/designs/writeDesign.ts), which
 * also holds across processes.
 */
const UPDATES = new Set(['updateOne', 'updateMany', 'findOneAndUpdate', 'replaceOne', 'findOneAndReplace']);

const tails = new Map<string, Promise<unknown>>();

/** Runs `write` after every earlier write queued under `key` has settled. */
export function serially<T>(key: string, write: () => Promise<T>): Promise<T> {
  const run = (tails.get(key) ?? Promise.resolve()).then(write, write);
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

/** What this patch reads of a query: its operation (a public field mongoose's types leave out) and model. */
type UpdateQuery = mongoose.Query<unknown, unknown> & { op?: string };
type Exec = (this: UpdateQuery, ...args: unknown[]) => Promise<unknown>;
const exec = mongoose.Query.prototype.exec as unknown as Exec;

// Every mongoose update query goes through exec: one place serialises them all, per collection.
mongoose.Query.prototype.exec = function serialExec(this: UpdateQuery, ...args: unknown[]) {
  if (!UPDATES.has(this.op ?? '')) return exec.apply(this, args);
  return serially(`update:${this.model.collection.collectionName}`, () => exec.apply(this, args));
} as typeof mongoose.Query.prototype.exec;

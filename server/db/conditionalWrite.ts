import type { Model, UpdateQuery } from 'mongoose';
import { conflict, type HttpProblem } from '@server/errors';
import { deletePermit, insertPermit, marginMs } from './permits';

/** What a writer read: the document's id and the revision it had then. */
export interface Versioned {
  _id: string;
  revision: number;
}

/** Any of our models: mongoose's inferred model types do not unify with a generic parameter. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyModel = Model<any>;

export interface ConditionalWrite<D> {
  model: AnyModel;
  doc: Versioned;
  /** The permit's name without the revision: `<key>:<revision>` (a design: its id). */
  key: string;
  /** The state the write expects besides `_id` and `revision` (a status, a generation). */
  filter?: Record<string, unknown>;
  /** The update, or a function that computes it once the permit is held (a recount). */
  update: UpdateQuery<D> | (() => Promise<UpdateQuery<D>>);
  /**
   * false: the write does not change what a reader of the revision saw (a counter, the owner
   * after sign-in); the revision stays and the permit is given back after the write.
   */
  bump?: boolean;
  timestamps?: boolean;
  /** The answer to a writer that came second (default 409 conflict). */
  onTaken?: () => HttpProblem;
}

const lost = () => conflict('Someone else changed this at the same moment; reload it and try again.');
const permitOf = (key: string, revision: number) => `${key}:${revision}`;

/**
 * WHY a permit before each write: FerretDB 1.24 runs an update as read → modify in Go → write
 * the whole document back by _id, without checking the filter again at write time
 * (internal/handler/common/update.go; backends UpdateAll). Two `findOneAndUpdate({_id, revision})`
 * racing on one document both "succeed" there, the later one silently overwriting the earlier,
 * also across app processes. An insert against a unique index IS atomic, so each writer first
 * inserts the one-shot permit `<key>:<revision>`: exactly one writer per revision gets it, the
 * others get `onTaken`. The permit is held until released (or, for a write, replaced). On a real MongoDB the revision in the filter alone would do; the permit
 * costs one insert.
 */
export async function takePermit(
  model: AnyModel,
  doc: Versioned,
  key: string,
  filter: Record<string, unknown> | undefined,
  onTaken: () => HttpProblem = lost,
): Promise<{ release(): Promise<void> }> {
  const _id = permitOf(key, doc.revision);
  if (!(await insertPermit({ _id, at: new Date() }))) {
    // A permit whose writer never wrote (crashed) would block the document until its segment
    // goes (20-30 s): one older than the margin is cleared, so the NEXT attempt succeeds. A
    // writer stalled for longer than the margin breaks the permits' meeting rule anyway.
    // A permit carrying a live room's state (server/designs/liveLog.ts) is a write, never stuck.
    if (await model.exists({ ...filter, _id: doc._id, revision: doc.revision }))
      await deletePermit(_id, new Date(Date.now() - marginMs()));
    throw onTaken();
  }
  return { release: () => deletePermit(_id).catch(() => undefined) };
}

/**
 * The one conditional write of the app: takes the permit of the revision read, runs ONE update
 * whose filter holds `_id`, `revision` and `filter`, bumps the revision (unless `bump: false`)
 * and removes the permit that can no longer be raced for. Throws `onTaken` (409) when another
 * writer was first or the document no longer matches. Returns the document as written.
 */
export async function conditionalWrite<D>(w: ConditionalWrite<D>): Promise<D> {
  const permit = await takePermit(w.model, w.doc, w.key, w.filter, w.onTaken);
  const bump = w.bump ?? true;
  let update: UpdateQuery<D>;
  try {
    update = typeof w.update === 'function' ? await w.update() : w.update;
  } catch (err) {
    await permit.release();
    throw err;
  }
  const updated = await w.model
    .findOneAndUpdate(
      { ...w.filter, _id: w.doc._id, revision: w.doc.revision },
      bump ? { ...update, $inc: { ...update.$inc, revision: 1 } } : update,
      { returnDocument: 'after', ...(w.timestamps === false && { timestamps: false }) },
    )
    .lean<D | null>();
  // Nothing written (the document moved on or left the expected state), or a write that keeps
  // the revision: the permit goes back, so the next writer of this revision is not blocked.
  if (!updated || !bump) await permit.release();
  if (!updated) throw (w.onTaken ?? lost)();
  // The permit stays until its segment is dropped (server/db/permits.ts).
  return updated;
}

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Runs `attempt` again (it reads afresh) when a concurrent writer made it 409; for writes that
 * follow from someone's action (a report, a recount) and must not fail because another one ran
 * at once. Waits a little, with jitter, so the winner's write lands before the next read.
 */
export async function retryOnConflict<T>(attempt: () => Promise<T>, times = 6): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (i >= times || (err as { status?: number }).status !== 409) throw err;
      await pause(20 * i + Math.random() * 20);
    }
  }
}

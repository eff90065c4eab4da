import type { UpdateQuery } from 'mongoose';
import { conflict } from '@server/errors';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { RevisionTokenModel } from '@server/models/RevisionToken';
import { isDuplicateKey } from '@server/db/isDuplicateKey';
import { trusted } from '@server/db/trusted';

/** A permit older than this belongs to a writer that died between permit and update. */
const STUCK_AFTER_MS = 30_000;

const tokenId = (id: string, revision: number) => `${id}:${revision}`;

/**
 * WHY a permit before each write: FerretDB 1.24 runs an update as read → modify in Go → write
 * the whole document back by _id, without checking the filter again at write time
 * (internal/handler/common/update.go; backends UpdateAll). Two `findOneAndUpdate({_id, revision})`
 * racing on one design both "succeed" there, the later one silently overwriting the earlier.
 * An insert against a unique index IS atomic, so each writer first inserts the one-shot permit
 * `<id>:<revision>`: exactly one writer per revision gets it, the others get 409. On a real
 * MongoDB the revision in the update's filter alone would do; the permit costs one insert.
 */
async function takePermit(doc: Pick<DesignDoc, '_id' | 'revision'>): Promise<void> {
  const _id = tokenId(doc._id, doc.revision);
  try {
    await RevisionTokenModel.create({ _id, at: new Date() });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    // A permit whose writer never wrote (crashed) would block the design for good: clear it, so
    // the NEXT attempt succeeds. (A writer stalled for longer than this could then race.)
    const stuck = new Date(Date.now() - STUCK_AFTER_MS);
    const still = await DesignModel.exists({ _id: doc._id, revision: doc.revision });
    if (still) await RevisionTokenModel.deleteOne({ _id, at: trusted({ $lt: stuck }) });
    throw conflict('Someone else changed or decided this design at the same moment; reload it and try again.');
  }
}

/**
 * Writes a design conditionally on the revision its caller read: permit, then ONE update
 * whose filter holds `_id`, `revision` and `filter` (the expected state), bumping the revision.
 * Throws 409 when another writer was first. Returns the design as written.
 */
export async function writeDesign(
  doc: Pick<DesignDoc, '_id' | 'revision'>,
  update: UpdateQuery<DesignDoc>,
  filter: Record<string, unknown> = {},
): Promise<DesignDoc> {
  await takePermit(doc);
  const updated = await DesignModel.findOneAndUpdate(
    { ...filter, _id: doc._id, revision: doc.revision },
    { ...update, $inc: { revision: 1 } },
    { returnDocument: 'after' },
  ).lean<DesignDoc | null>();
  if (!updated)
    throw conflict('Someone else changed or decided this design at the same moment; reload it and try again.');
  // The permit of two revisions back can no longer be raced for: a writer holding it would find
  // the revision moved on. Removing it keeps at most two permits per design.
  if (doc.revision > 0)
    void RevisionTokenModel.deleteOne({ _id: tokenId(doc._id, doc.revision - 1) }).catch(() => undefined);
  return updated;
}

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Runs `attempt` again (it reads afresh) when a concurrent writer made it 409; for steps that
 * follow from someone's action (a report) and must not fail because another one ran at once.
 * Waits a little, with jitter, so the winner's write lands before the next read.
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

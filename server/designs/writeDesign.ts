import type { UpdateQuery } from 'mongoose';
import { conditionalWrite, retryOnConflict } from '@server/db/conditionalWrite';
import { conflict, type HttpProblem } from '@server/errors';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { foldLive, readTail } from './liveLog';

export { retryOnConflict };

const lost = () => conflict('Someone else changed or decided this design at the same moment; reload it and try again.');

/**
 * Writes a design conditionally on the revision its caller read (server/db/conditionalWrite.ts):
 * permit `<id>:<revision>`, then ONE update whose filter holds `_id`, `revision` and `filter`
 * (the expected state), bumping the revision. Throws `onTaken` (409) when another writer was first.
 */
export async function writeDesign(
  doc: Pick<DesignDoc, '_id' | 'revision'>,
  update: UpdateQuery<DesignDoc>,
  filter: Record<string, unknown> = {},
  onTaken: () => HttpProblem = lost,
): Promise<DesignDoc> {
  await notBehindLive(doc, onTaken);
  return conditionalWrite<DesignDoc>({ model: DesignModel, doc, key: doc._id, update, filter, onTaken });
}

/**
 * A live room wrote after the revision the caller read (server/designs/liveLog.ts): its entries
 * are folded into the design, and the caller, who decided on the state before them, gets 409
 * (and reads again).
 */
async function notBehindLive(doc: Pick<DesignDoc, '_id' | 'revision'>, onTaken: () => HttpProblem): Promise<void> {
  // Without `liveLog` there is no log to read (a caller that read less still meets the permit).
  if (!(doc as Partial<DesignDoc>).liveLog || !(await readTail(doc._id, doc.revision)).count) return;
  const now = await DesignModel.findById(doc._id).lean<DesignDoc | null>();
  if (now) await foldLive(now);
  throw onTaken();
}

/**
 * Sets fields that are not a change of the design (its counters, its owner after sign-in) under
 * the same permit as every other write, so no write of another process is overwritten; the
 * revision stays, so an open tab's If-Match still holds. `compute` runs while the permit is
 * held (a recount then sees every change before it). Retries when another writer was first;
 * null when the design is gone.
 */
export async function setDesignFields<T extends Record<string, unknown>>(
  designId: string,
  compute: () => Promise<T>,
  filter: Record<string, unknown> = {},
): Promise<T | null> {
  return retryOnConflict(async () => {
    const doc = await DesignModel.findOne({ ...filter, _id: designId }, { revision: 1, liveLog: 1 }).lean<Pick<
      DesignDoc,
      '_id' | 'revision' | 'liveLog'
    > | null>();
    if (!doc) return null;
    // Behind a live room's entries: they are folded in, and the retry reads the revision after.
    await notBehindLive(doc, lost);
    let fields: T | undefined;
    await conditionalWrite<DesignDoc>({
      model: DesignModel,
      doc,
      key: designId,
      filter,
      bump: false,
      timestamps: false,
      update: async () => ({ $set: (fields = await compute()) }),
    });
    return fields ?? null;
  });
}

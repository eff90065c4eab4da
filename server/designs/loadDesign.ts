import { PUBLIC_ID } from '@server/models/ids';
import { notFound } from '@server/errors';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { foldLive } from './liveLog';

/** The design with this id as it is now (a live room's entries folded in), or 404 (also for ids that cannot be ours). */
export async function loadDesign(id: string): Promise<DesignDoc> {
  const doc = PUBLIC_ID.test(id) ? await DesignModel.findById(id).lean<DesignDoc | null>() : null;
  if (!doc) throw notFound(`Design ${id}`);
  return foldLive(doc);
}

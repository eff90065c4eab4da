import { PUBLIC_ID } from '@server/models/ids';
import { notFound } from '@server/errors';
import { DesignModel, type DesignDoc } from '@server/models/Design';

/** The design with this id, or 404 (also for ids that cannot be ours). */
export async function loadDesign(id: string): Promise<DesignDoc> {
  const doc = PUBLIC_ID.test(id) ? await DesignModel.findById(id).lean<DesignDoc | null>() : null;
  if (!doc) throw notFound(`Design ${id}`);
  return doc;
}

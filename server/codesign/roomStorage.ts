import type { Catalog } from '@shared/catalog/types';
import { computeTotals } from '@shared/totals';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { draftOf } from '@server/designs/draftOf';
import { draftTexts, screenFields } from '@server/designs/screenTexts';
import { notFound } from '@server/errors';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { reviseUpdate } from '@server/moderation/authorActions';
import { EDITABLE_STATES } from '@server/moderation/stateMachine';
import type { DesignStatus } from '@shared/api';
import { GroupWriter } from './groupWrite';
import type { RoomState, RoomStorage } from './room';

/** One group commit per process: every room's write rides in the next batch. */
const writer = new GroupWriter();

const stateOf = (doc: DesignDoc): RoomState => ({
  draft: draftOf(doc),
  version: doc.revision,
  mutations: new Map((doc.liveMutations ?? []).map((e) => [e.k!, e.m!])),
});

/**
 * A room's state in the design document. Only the room's owner writes it, with the same
 * permit per revision as every other design write, batched with the other rooms' writes
 * (groupWrite.ts); a PATCH at the same moment makes one of them 409, and the room then
 * starts again from what is stored.
 */
export async function openRoomStorage(
  designId: string,
  catalogs: CatalogStore,
): Promise<{ catalog: Catalog; storage: RoomStorage; state: RoomState; editable: boolean }> {
  let doc = await DesignModel.findById(designId).lean<DesignDoc | null>();
  if (!doc) throw notFound(`Design ${designId}`);
  const prepared = await catalogs.get(doc.catalogId, doc.catalogVersion);
  if (!prepared) throw notFound(`Catalog ${doc.catalogId} version ${doc.catalogVersion}`);
  const catalog = prepared.catalog;
  const editable = (d: DesignDoc) => EDITABLE_STATES.includes(d.status as DesignStatus);
  const storage: RoomStorage = {
    async write(state) {
      const current = doc!;
      const revise = reviseUpdate(current, null);
      const { findings } = screenFields(draftTexts(state.draft), 'de');
      const { draft } = state;
      await writer.write(
        current,
        {
          $set: {
            name: draft.name ?? '',
            selections: draft.selections.filter((s) => s.quantity > 0),
            texts: draft.texts ?? {},
            diets: draft.diets ?? [],
            totals: computeTotals(catalog, draft),
            findings,
            liveMutations: [...state.mutations].map(([k, m]) => ({ k, m })),
            ...revise.set,
          },
          ...(revise.push && { $push: revise.push }),
        },
        revise.filter,
      );
      doc = {
        ...current,
        revision: current.revision + 1,
        status: (revise.set.status ?? current.status) as DesignDoc['status'],
      };
    },
    async load() {
      const fresh = await DesignModel.findById(designId).lean<DesignDoc | null>();
      if (!fresh) throw notFound(`Design ${designId}`);
      doc = fresh;
      return { state: stateOf(fresh), editable: editable(fresh) };
    },
  };
  return { catalog, storage, state: stateOf(doc), editable: editable(doc) };
}

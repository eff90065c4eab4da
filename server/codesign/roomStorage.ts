import type { Catalog } from '@shared/catalog/types';
import { computeTotals } from '@shared/totals';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { draftOf } from '@server/designs/draftOf';
import { draftTexts, screenFields } from '@server/designs/screenTexts';
import { conflict, notFound } from '@server/errors';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { setDesignFields } from '@server/designs/writeDesign';
import {
  COMPACT_EVERY,
  LogWriter,
  compact,
  readTail,
  registerLocalFold,
  stillAt,
  type LivePayload,
} from '@server/designs/liveLog';
import { marginMs, permitKeepMs } from '@server/db/permits';
import { EDITABLE_STATES } from '@server/moderation/stateMachine';
import type { DesignStatus } from '@shared/api';
import type { RoomState, RoomStorage } from './room';

/** One group commit per process: every room's entry rides in the next insert. */
const writer = new LogWriter();

const pick = ({ name, selections, texts, diets }: LivePayload) => ({ name, selections, texts: texts ?? {}, diets });

const stateOf = (doc: DesignDoc, last: LivePayload | undefined, revision: number, base: number): RoomState => ({
  draft: last ? { catalogId: doc.catalogId, catalogVersion: doc.catalogVersion, ...pick(last) } : draftOf(doc),
  version: revision,
  mutations: new Map(((last ?? doc).liveMutations ?? []).map((e) => [e.k!, e.m!])),
  base,
});

const outdated = () => conflict('The design was read again since this state was computed; apply the operations again.');

/**
 * A room's state in the design's live log (server/designs/liveLog.ts): each write is ONE
 * insert of the entry moving the design from the revision the room is at (batched with the
 * other rooms' entries), which no other writer can also take: a PATCH at the same moment makes
 * one of them 409, and the room then starts again from what is stored. The room folds its
 * entries into the design every COMPACT_EVERY writes and when it closes.
 */
export async function openRoomStorage(
  designId: string,
  catalogs: CatalogStore,
): Promise<{ catalog: Catalog; storage: RoomStorage; state: RoomState; editable: boolean }> {
  // `fresh`: the design had no live log until now, so no entries to read (on FerretDB a scan).
  // The design, then its log, then the design's revision again (stillAt): a fold and a sweep
  // between the two reads leave an older document with its entries gone; such a pair is read again.
  const read = async (fresh = false) => {
    for (let i = 0; ; i++) {
      const doc = await DesignModel.findById(designId).lean<DesignDoc | null>();
      if (!doc) throw notFound(`Design ${designId}`);
      const tail = fresh ? { count: 0 } : await readTail(designId, doc.revision);
      if (fresh || (await stillAt(doc))) return { doc, tail, revision: doc.revision + tail.count };
      if (i >= 9) throw outdated();
    }
  };
  // From now on readers look for entries after the stored revision (under the permit, no revision bump).
  // (An `_id` lookup: on FerretDB any other filter reads every design.)
  const seen = await DesignModel.findById(designId, { liveLog: 1 }).lean<{ liveLog?: boolean } | null>();
  if (!seen) throw notFound(`Design ${designId}`);
  if (!seen.liveLog) await setDesignFields(designId, async () => ({ liveLog: true }));
  const opened = Date.now();
  let { doc, tail, revision } = await read(!seen.liveLog);
  const prepared = await catalogs.get(doc.catalogId, doc.catalogVersion);
  if (!prepared) throw notFound(`Catalog ${doc.catalogId} version ${doc.catalogVersion}`);
  const catalog = prepared.catalog;
  const editable = (d: DesignDoc) => EDITABLE_STATES.includes(d.status as DesignStatus);
  // WHY one lock and a generation: `doc`, `tail` and `revision` describe one read of the store
  // plus this room's appends since. A load (after a PATCH) that ran while a write was waiting
  // gave that write the new revision for the old content: a PATCH answered 200 was then folded
  // over by the room's older state (seen in CI). Every step runs alone, and a state grown from
  // an earlier read (`base`) is refused, so the room applies its operations again to the new one.
  let generation = 0;
  // When `revision` was last known to be the design's next one (a read, an acknowledged entry).
  let confirmed = opened;
  // The next write's revision came from a read of the store (opened, loaded again), not from this
  // room's own last write: another writer (an old owner process) may hold it too, so it goes wide.
  let fromRead = true;
  // When the oldest entry not yet folded into the design was written.
  let firstEntryAt = opened;
  // Folded once the oldest entry is this old: 75-150 % of a segment, drawn per room, so rooms
  // opened together do not all fold at the same moment. WHY so rarely: a fold is an update of the
  // design, ~3.5 ms of FerretDB's CPU under its write lock (every index of the designs is written
  // again; an entry in a batch costs ~0.15 ms), and 200 rooms opened together folding within 5 s
  // stalled everyone's writes. Entries stay readable at least two segments
  // (server/db/permits.ts), and the sweep asks the room to fold before it drops one.
  const foldAfter = permitKeepMs() * (0.75 + 0.75 * Math.random());
  let chain: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(step: () => Promise<T>): Promise<T> => {
    const run = chain.then(step, step);
    chain = run.catch(() => undefined);
    return run;
  };
  const compactNow = async () => {
    const asked = Date.now();
    // After the room's own writes its fold's permit goes narrow, in the writer's next batch.
    const folded = await compact(doc, tail, confirmed, fromRead ? undefined : writer).catch(() => null);
    if (folded)
      ({ doc, tail, revision, confirmed } = {
        doc: folded,
        tail: { count: 0 },
        revision: folded.revision,
        confirmed: asked,
      });
  };
  // The sweep asks before it drops a segment with entries of this room in it.
  const unregister = registerLocalFold(designId, () =>
    exclusive(async () => {
      if (tail.count) await compactNow();
      return tail.count === 0 ? revision : null;
    }),
  );
  const storage: RoomStorage = {
    write: (state) =>
      exclusive(async () => {
        if (state.base !== generation) throw outdated();
        const { draft } = state;
        const live: LivePayload = {
          name: draft.name ?? '',
          selections: draft.selections.filter((s) => s.quantity > 0),
          texts: draft.texts ?? {},
          diets: draft.diets ?? [],
          totals: computeTotals(catalog, draft),
          findings: screenFields(draftTexts(draft), 'de').findings,
          liveMutations: [...state.mutations].map(([k, m]) => ({ k, m })),
        };
        const asked = Date.now();
        await writer.append(designId, revision, live, asked - confirmed > marginMs(), fromRead);
        confirmed = asked;
        fromRead = false;
        revision++;
        tail = { count: tail.count + 1, last: live };
        if (tail.count === 1) firstEntryAt = asked;
        // After the acknowledgement, not before it: the next step waits for the fold instead.
        // Also before the entries' permit segment is dropped (at the earliest a segment length
        // after they were written), which would make the sweep fold them itself (and reset the room).
        if (tail.count >= COMPACT_EVERY || asked - firstEntryAt > foldAfter) void exclusive(compactNow);
      }),
    load: () =>
      exclusive(async () => {
        confirmed = Date.now();
        fromRead = true;
        ({ doc, tail, revision } = await read());
        generation++;
        return { state: stateOf(doc, tail.last, revision, generation), editable: editable(doc) };
      }),
    close: () =>
      exclusive(async () => {
        if (tail.count) await compactNow();
        unregister();
      }),
  };
  return { catalog, storage, state: stateOf(doc, tail.last, revision, generation), editable: editable(doc) };
}

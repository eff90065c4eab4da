import type { SessionUser } from '@shared/auth';
import type { PersonRef, QueueItem } from '@shared/moderation';
import { conflict } from '@server/errors';
import { ClaimModel, type ClaimDoc } from '@server/models/Claim';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { ReportModel, type ReportDoc } from '@server/models/Report';
import { isDuplicateKey } from '@server/db/isDuplicateKey';
import { UserModel } from '@server/models/User';
import { presentQueueItem } from '@server/presenters/queuePresenter';
import { assertMayDecide } from './decide';
import { loadDesign } from '@server/designs/loadDesign';
import { trusted } from '@server/db/trusted';

export const QUEUE_LIMIT = 100;
/** A claim older than this is treated as abandoned: anyone may claim the item again. */
export const CLAIM_TTL_MS = 30 * 60_000;

/**
 * The moderation queue: designs submitted or appealed (status pending) and public designs with
 * open reports. ORDER: high priority first (texts with review-level findings, or hidden because
 * REPORTS_TO_HIDE users reported it), then oldest first within each tier, by the time the design
 * entered the queue. (Blocked texts cannot be saved, so "strong findings" on a stored design are
 * review-level ones.)
 */
export async function loadQueue(moderator: SessionUser): Promise<QueueItem[]> {
  const docs = await DesignModel.find({ queuedAt: trusted({ $ne: null }) })
    .sort({ priority: -1, queuedAt: 1, _id: 1 })
    .limit(QUEUE_LIMIT)
    .lean<DesignDoc[]>();
  const ids = docs.map((d) => d._id);
  const ownerIds = [...new Set(docs.map((d) => d.ownerUserId).filter((id): id is string => !!id))];
  const [owners, reports, claims] = await Promise.all([
    UserModel.find({ _id: trusted({ $in: ownerIds }) }, { displayName: 1 }).lean<
      { _id: string; displayName: string }[]
    >(),
    ReportModel.find({ designId: trusted({ $in: ids }), resolvedAt: null })
      .sort({ createdAt: 1 })
      .lean<ReportDoc[]>(),
    ClaimModel.find({ _id: trusted({ $in: ids }), at: trusted({ $gt: new Date(Date.now() - CLAIM_TTL_MS) }) }).lean<
      ClaimDoc[]
    >(),
  ]);
  const authors = new Map<string, PersonRef>(owners.map((u) => [u._id, { id: u._id, displayName: u.displayName }]));
  const claimed = new Map(claims.map((c) => [c._id, c]));
  return docs.map((d) =>
    presentQueueItem(d, { moderatorId: moderator.id, authors, reports, claim: claimed.get(d._id) ?? null }),
  );
}

/**
 * Tells the other moderators someone is on this item; only a signal, decisions need no claim.
 * A claim is a document with the design's id: inserting it is atomic, so of two moderators
 * claiming at once one gets 409. Re-claiming refreshes one's own; an abandoned one is taken over.
 */
export async function claimDesign(id: string, moderator: SessionUser): Promise<ClaimDoc> {
  const doc = await loadDesign(id);
  assertMayDecide(moderator, doc);
  if (!doc.queuedAt) throw conflict('This design is not waiting in the queue; it was decided already.');
  const claim = { _id: doc._id, by: moderator.id, byName: moderator.displayName, at: new Date() };
  try {
    await ClaimModel.create(claim);
    return claim;
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  const held = await ClaimModel.findById(doc._id).lean<ClaimDoc | null>();
  const stale = !held || held.at.getTime() < Date.now() - CLAIM_TTL_MS;
  if (held && held.by !== moderator.id && !stale) throw conflict(`${held.byName} is already working on this design.`);
  // Mine (refresh) or abandoned (take over): best effort, a claim is only a signal.
  await ClaimModel.deleteOne({ _id: doc._id });
  await ClaimModel.create(claim).catch((e: unknown) => {
    if (isDuplicateKey(e)) throw conflict('Another moderator claimed this design at the same moment.');
    throw e;
  });
  return claim;
}

/** A decided design leaves the queue: its claim goes with it. */
export const releaseClaim = (designId: string) => ClaimModel.deleteOne({ _id: designId });

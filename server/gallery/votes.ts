import type { SessionUser } from '@shared/auth';
import type { VoteState } from '@shared/api';
import { serially } from '@server/db/serialUpdates';
import { forbidden } from '@server/errors';
import type { DesignDoc } from '@server/models/Design';
import { setDesignFields } from '@server/designs/writeDesign';
import { isDuplicateKey } from '@server/db/isDuplicateKey';
import { VoteModel } from '@server/models/Vote';

/**
 * WHY a recount and not `$inc`: FerretDB 1.24 loses concurrent increments (see
 * server/db/serialUpdates.ts). The Vote documents are the truth; the design's `votes` is only
 * their count, kept for sorting. Count and `$set` run under the design's write permit (one
 * after another per design, also across processes), and each runs after its own vote change,
 * so the last recount sees every change before it. No revision bump and no timestamp: a vote
 * is not a change of the design.
 */
function recount(designId: string): Promise<number> {
  return serially(`votes:${designId}`, async () => {
    const set = await setDesignFields(designId, async () => ({ votes: await VoteModel.countDocuments({ designId }) }));
    return set?.votes ?? 0;
  });
}

/**
 * `user` votes for a public design (the route checked that it is); voting again changes nothing (the unique index refuses
 * the second vote, which still counts as success). Nobody votes for their own design (403).
 */
export async function castVote(doc: DesignDoc, user: Pick<SessionUser, 'id'>): Promise<VoteState> {
  if (doc.ownerUserId === user.id) throw forbidden('You cannot vote for your own design.');
  try {
    await VoteModel.create({ designId: doc._id, userId: user.id });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  return { votes: await recount(doc._id), votedByMe: true };
}

/** `user` takes their vote back; without a vote this changes nothing. */
export async function withdrawVote(doc: DesignDoc, user: Pick<SessionUser, 'id'>): Promise<VoteState> {
  await VoteModel.deleteOne({ designId: doc._id, userId: user.id });
  return { votes: await recount(doc._id), votedByMe: false };
}

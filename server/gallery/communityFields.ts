import type { DesignCommunity, DesignRef } from '@shared/api';
import { trusted } from '@server/db/trusted';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { UserModel } from '@server/models/User';
import { VoteModel } from '@server/models/Vote';
import { isPubliclyVisible } from '@server/moderation/stateMachine';

const displayName = async (userId: string | null | undefined): Promise<string> =>
  userId
    ? ((await UserModel.findById(userId, { displayName: 1 }).lean<{ displayName: string } | null>())?.displayName ?? '')
    : '';

/** The source of a remix, only while it is itself public (a private source stays unnamed). */
async function sourceOf(id: string | null | undefined): Promise<DesignRef | null> {
  if (!id) return null;
  const src = await DesignModel.findById(id).lean<DesignDoc | null>();
  if (!src || !isPubliclyVisible(src)) return null;
  return { id: src._id, name: src.name ?? '', authorName: await displayName(src.ownerUserId) };
}

/**
 * What a PUBLIC design's page shows besides the design: votes (and the caller's), rating,
 * author and remix lineage. Empty for any other design: nothing of it is public.
 */
export async function communityFields(doc: DesignDoc, viewerId: string | undefined): Promise<Partial<DesignCommunity>> {
  if (!isPubliclyVisible(doc)) return {};
  const [voted, authorName, remixSource] = await Promise.all([
    viewerId ? VoteModel.exists({ designId: doc._id, userId: viewerId }) : null,
    displayName(doc.ownerUserId),
    sourceOf(doc.remixOf),
  ]);
  return {
    votes: doc.votes ?? 0,
    votedByMe: !!voted,
    ratingAverage: doc.reviewCount ? (doc.ratingAverage ?? null) : null,
    ratingCount: doc.reviewCount ?? 0,
    authorName,
    remixSource,
    mine: !!viewerId && doc.ownerUserId === viewerId,
  };
}

/** The author's other public designs, newest first (never the author's id). */
export async function moreByAuthor(doc: DesignDoc, limit = 6): Promise<DesignRef[]> {
  if (!isPubliclyVisible(doc) || !doc.ownerUserId) return [];
  const others = await DesignModel.find({
    ownerUserId: doc.ownerUserId,
    _id: trusted({ $ne: doc._id }),
    status: 'public',
    hidden: trusted({ $ne: true }),
    ownerSuspended: trusted({ $ne: true }),
  })
    .sort({ publishedAt: -1, _id: -1 })
    .limit(limit)
    .lean<DesignDoc[]>();
  const authorName = await displayName(doc.ownerUserId);
  return others.map((d) => ({
    id: d._id,
    name: d.name ?? '',
    authorName,
    catalogId: d.catalogId,
    votes: d.votes ?? 0,
  }));
}

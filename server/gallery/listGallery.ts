import type { GalleryPage, GallerySort } from '@shared/api';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { UserModel } from '@server/models/User';
import { VoteModel } from '@server/models/Vote';
import { presentGalleryItem, publishedAtOf } from '@server/presenters/galleryPresenter';
import { publiclyVisible } from '@server/moderation/stateMachine';
import { trusted } from '@server/db/trusted';
import { encodeCursor, type GalleryKey } from './cursor';

/** A checked gallery query (see server/routes/gallery/gallery.ts). */
export interface GalleryQuery {
  catalog?: string;
  sort: GallerySort;
  limit: number;
  /** Continue after this key (a decoded cursor). */
  after?: GalleryKey;
}

const ORDER = {
  new: { publishedAt: -1, _id: -1 },
  top: { votes: -1, publishedAt: -1, _id: -1 },
} as const;

/** The keyset condition "comes after `key`" in the descending order of `key.sort`. */
function afterKey(key: GalleryKey) {
  const sameDate = { publishedAt: key.publishedAt, _id: trusted({ $lt: key.id }) };
  const byDate = [{ publishedAt: trusted({ $lt: key.publishedAt }) }, sameDate];
  if (key.sort === 'new') return { $or: byDate };
  return {
    $or: [{ votes: trusted({ $lt: key.votes ?? 0 }) }, ...byDate.map((c) => ({ votes: key.votes ?? 0, ...c }))],
  };
}

/** Display names of the owners, in ONE `$in` query. */
async function authorNames(docs: DesignDoc[]): Promise<Map<string, string>> {
  const ids = [...new Set(docs.map((d) => d.ownerUserId).filter((id): id is string => !!id))];
  if (!ids.length) return new Map();
  const users = await UserModel.find({ _id: trusted({ $in: ids }) }, { displayName: 1 }).lean<
    { _id: string; displayName: string }[]
  >();
  return new Map(users.map((u) => [u._id, u.displayName]));
}

/** Which of these designs `userId` voted for. */
async function votedBy(userId: string | undefined, docs: DesignDoc[]): Promise<Set<string>> {
  if (!userId || !docs.length) return new Set();
  const votes = await VoteModel.find(
    { userId, designId: trusted({ $in: docs.map((d) => d._id) }) },
    { designId: 1 },
  ).lean<{ designId: string }[]>();
  return new Set(votes.map((v) => v.designId));
}

/**
 * One page of publicly visible designs in keyset order: `limit + 1` are read to know whether
 * another page follows; its cursor is the last shown design's sort key.
 */
export async function listGallery(q: GalleryQuery, viewerId?: string): Promise<GalleryPage> {
  // One status value is the point of publiclyVisible(); mongoose's filter types want the enum.
  const filter: Record<string, unknown> = {
    ...publiclyVisible(),
    ...(q.catalog ? { catalogId: q.catalog } : {}),
    ...(q.after ? afterKey(q.after) : {}),
  };
  const docs = await DesignModel.find(filter)
    .sort(ORDER[q.sort])
    .limit(q.limit + 1)
    .lean<DesignDoc[]>();
  const page = docs.slice(0, q.limit);
  const [names, voted] = await Promise.all([authorNames(page), votedBy(viewerId, page)]);
  const items = page.map((d) =>
    presentGalleryItem(
      d,
      names.get(d.ownerUserId ?? '') ?? '',
      voted.has(d._id),
      !!viewerId && d.ownerUserId === viewerId,
    ),
  );
  const last = page[page.length - 1];
  const nextCursor =
    docs.length > q.limit && last
      ? encodeCursor({ sort: q.sort, publishedAt: publishedAtOf(last), id: last._id, votes: last.votes ?? 0 })
      : null;
  return { items, nextCursor };
}

import { Types } from 'mongoose';
import type { Review, ReviewBody, ReviewPage } from '@shared/api';
import type { SessionUser } from '@shared/auth';
import type { Locale } from '@shared/catalog/types';
import type { TextPolicy } from '@shared/moderation';
import { serially } from '@server/db/serialUpdates';
import { assertAllowed } from '@server/designs/screenTexts';
import { badRequest, conflict, forbidden } from '@server/errors';
import type { DesignDoc } from '@server/models/Design';
import { setDesignFields } from '@server/designs/writeDesign';
import { ReviewModel, type ReviewDoc } from '@server/models/Review';
import { isDuplicateKey } from '@server/db/isDuplicateKey';
import { UserModel } from '@server/models/User';
import { trusted } from '@server/db/trusted';

/** Reviews per page of GET /api/designs/:id/reviews. */
export const REVIEWS_PAGE_SIZE = 20;

/**
 * The design's `ratingAverage` / `reviewCount`: a recount of its Review documents and `$set`,
 * under the design's write permit (FerretDB loses concurrent `$inc`, see server/gallery/votes.ts).
 * No revision bump and no timestamp: a review is not a change of the design.
 */
export function recountReviews(designId: string): Promise<unknown> {
  return serially(`reviews:${designId}`, () =>
    setDesignFields(designId, async () => {
      const ratings = await ReviewModel.find({ designId }, { rating: 1 }).lean<{ rating: number }[]>();
      const count = ratings.length;
      const average = count ? Math.round((ratings.reduce((s, r) => s + r.rating, 0) / count) * 100) / 100 : null;
      return { ratingAverage: average, reviewCount: count };
    }),
  );
}

/**
 * `user` reviews a public design (the route checked that it is): once (409 for a second review), never their own (403).
 * A blocked text is refused (422 naming /text); review-level findings are stored with the
 * review for the moderators, and the review is shown like any other. `policy`: the design's
 * catalog's text policy (see designTextPolicy).
 */
export async function addReview(
  doc: DesignDoc,
  user: Pick<SessionUser, 'id' | 'displayName'>,
  body: ReviewBody,
  locale: Locale,
  policy?: Partial<TextPolicy>,
): Promise<Review> {
  if (doc.ownerUserId === user.id) throw forbidden('You cannot review your own design.');
  const text = (body.text ?? '').trim();
  const findings = text ? assertAllowed([['/text', text]], locale, policy) : [];
  let review;
  try {
    review = await ReviewModel.create({ designId: doc._id, userId: user.id, rating: body.rating, text, findings });
  } catch (err) {
    if (isDuplicateKey(err)) throw conflict('You have already reviewed this design.');
    throw err;
  }
  await recountReviews(doc._id);
  return {
    id: String(review._id),
    rating: review.rating,
    text: review.text ?? '',
    authorName: user.displayName,
    createdAt: review.createdAt.toISOString(),
  };
}

/** A page cursor: the last review's creation time (ms) and id. */
const CURSOR = /^(\d{1,15})-([0-9a-f]{24})$/;
const encodeCursor = (r: ReviewDoc) => `${r.createdAt.getTime()}-${String(r._id)}`;

function afterCursor(cursor: string) {
  const m = CURSOR.exec(cursor);
  if (!m) throw badRequest('Invalid cursor: pass the nextCursor of the previous page.');
  const at = new Date(Number(m[1]));
  return {
    $or: [{ createdAt: trusted({ $lt: at }) }, { createdAt: at, _id: trusted({ $lt: new Types.ObjectId(m[2]) }) }],
  };
}

/** A public design's reviews, newest first, with its average and count. */
export async function listReviews(doc: DesignDoc, cursor?: string, viewerId?: string): Promise<ReviewPage> {
  const after = cursor ? afterCursor(cursor) : {};
  const docs = await ReviewModel.find({ designId: doc._id, ...after })
    .sort({ createdAt: -1, _id: -1 })
    .limit(REVIEWS_PAGE_SIZE + 1)
    .lean<ReviewDoc[]>();
  const page = docs.slice(0, REVIEWS_PAGE_SIZE);
  const userIds = [...new Set(page.map((r) => r.userId))];
  const users = userIds.length
    ? await UserModel.find({ _id: trusted({ $in: userIds }) }, { displayName: 1 }).lean<
        { _id: string; displayName: string }[]
      >()
    : [];
  const names = new Map(users.map((u) => [u._id, u.displayName]));
  return {
    items: page.map((r) => ({
      id: String(r._id),
      rating: r.rating,
      text: r.text ?? '',
      authorName: names.get(r.userId) ?? '',
      createdAt: r.createdAt.toISOString(),
      mine: !!viewerId && r.userId === viewerId,
    })),
    nextCursor: docs.length > REVIEWS_PAGE_SIZE ? encodeCursor(page[page.length - 1]!) : null,
    average: doc.reviewCount ? (doc.ratingAverage ?? null) : null,
    count: doc.reviewCount ?? 0,
  };
}

/** Removes a deleted design's reviews. */
export const deleteReviewsOf = (designId: string) => ReviewModel.deleteMany({ designId });

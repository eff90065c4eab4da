import type { SessionUser } from '@shared/auth';
import { conflict, forbidden, notFound } from '@server/errors';
import { isDuplicateKey } from '@server/db/isDuplicateKey';
import { loadDesign } from '@server/designs/loadDesign';
import { recountReviews } from '@server/gallery/reviews';
import { ReviewModel } from '@server/models/Review';
import { ReviewReportModel } from '@server/models/ReviewReport';
import { isPubliclyVisible } from '@server/moderation/stateMachine';
import { loadReview } from './loadReview';

/** A shopper reports someone else's review of a public design (once per review: 409 again). */
export async function reportReview(designId: string, reviewId: string, user: SessionUser, reason: string) {
  const design = await loadDesign(designId);
  if (!isPubliclyVisible(design)) throw notFound(`Design ${designId}`);
  const review = await loadReview(reviewId, design._id);
  if (review.userId === user.id) throw forbidden('You cannot report your own review; delete it instead.');
  try {
    await ReviewReportModel.create({ reviewId, designId: design._id, userId: user.id, reason });
  } catch (err) {
    if (isDuplicateKey(err)) throw conflict('You have already reported this review.');
    throw err;
  }
}

/** The author deletes their own review; the design's rating is recounted. */
export async function deleteOwnReview(designId: string, reviewId: string, user: SessionUser): Promise<void> {
  const review = await loadReview(reviewId, designId);
  if (review.userId !== user.id) throw forbidden('Only its author may delete a review.');
  await ReviewModel.deleteOne({ _id: review._id });
  await ReviewReportModel.updateMany({ reviewId, resolvedAt: null }, { $set: { resolvedAt: new Date() } });
  await recountReviews(review.designId);
}

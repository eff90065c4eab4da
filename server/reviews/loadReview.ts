import { notFound } from '@server/errors';
import { ReviewModel, type ReviewDoc } from '@server/models/Review';

const OBJECT_ID = /^[0-9a-f]{24}$/;

/** The review with this id (of this design, when given), or 404 (also for ids that cannot be ours). */
export async function loadReview(reviewId: string, designId?: string): Promise<ReviewDoc> {
  const doc = OBJECT_ID.test(reviewId) ? await ReviewModel.findById(reviewId).lean<ReviewDoc | null>() : null;
  if (!doc || (designId !== undefined && doc.designId !== designId)) throw notFound(`Review ${reviewId}`);
  return doc;
}

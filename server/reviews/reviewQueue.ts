import type { SessionUser } from '@shared/auth';
import type { ReviewQueueItem } from '@shared/moderation';
import { trusted } from '@server/db/trusted';
import { recountReviews } from '@server/gallery/reviews';
import { DesignModel } from '@server/models/Design';
import { ReviewModel, type ReviewDoc } from '@server/models/Review';
import { ReviewReportModel, type ReviewReportDoc } from '@server/models/ReviewReport';
import { UserModel } from '@server/models/User';
import { recordAudit } from '@server/moderation/audit';
import { checkText } from '@server/textFilter';
import { loadReview } from './loadReview';

const LIMIT = 100;

/** Reviews waiting for a moderator: with open reports or with the filter's findings, not yet checked; oldest first. */
export async function loadReviewQueue(): Promise<ReviewQueueItem[]> {
  const reports = await ReviewReportModel.find({ resolvedAt: null }).sort({ createdAt: 1 }).lean<ReviewReportDoc[]>();
  const reported = [...new Set(reports.map((r) => r.reviewId))];
  const flagged = await ReviewModel.find({ checkedAt: null, 'findings.0': trusted({ $exists: true }) }, { _id: 1 })
    .limit(LIMIT)
    .lean<{ _id: unknown }[]>();
  const ids = [...new Set([...reported, ...flagged.map((r) => String(r._id))])].slice(0, LIMIT);
  const reviews = await ReviewModel.find({ _id: trusted({ $in: ids }) })
    .sort({ createdAt: 1 })
    .lean<ReviewDoc[]>();
  const [designs, users] = await Promise.all([
    DesignModel.find({ _id: trusted({ $in: reviews.map((r) => r.designId) }) }, { name: 1 }).lean<
      { _id: string; name: string }[]
    >(),
    UserModel.find({ _id: trusted({ $in: reviews.map((r) => r.userId) }) }, { displayName: 1 }).lean<
      { _id: string; displayName: string }[]
    >(),
  ]);
  const nameOf = new Map(designs.map((d) => [d._id, d.name]));
  const authorOf = new Map(users.map((u) => [u._id, u.displayName]));
  return reviews.map((r) => {
    const id = String(r._id);
    const text = r.text ?? '';
    return {
      review: { id, rating: r.rating, authorName: authorOf.get(r.userId) ?? '', createdAt: r.createdAt.toISOString() },
      text: {
        path: '/text',
        text,
        matches: checkText(text).matches.map(({ start, end, category, severity, term }) => ({
          start,
          end,
          category,
          severity,
          term,
        })),
      },
      design: { id: r.designId, name: nameOf.get(r.designId) ?? '' },
      reports: reports
        .filter((p) => p.reviewId === id)
        .map((p) => ({ reason: p.reason, at: p.createdAt.toISOString() })),
    };
  });
}

const resolveReports = (reviewId: string) =>
  ReviewReportModel.updateMany({ reviewId, resolvedAt: null }, { $set: { resolvedAt: new Date() } });

/** A moderator removes a review (audited, with the reason); the design's rating is recounted. */
export async function removeReview(reviewId: string, moderator: SessionUser, reason: string): Promise<void> {
  const review = await loadReview(reviewId);
  await ReviewModel.deleteOne({ _id: review._id });
  await resolveReports(reviewId);
  await recountReviews(review.designId);
  await recordAudit({
    actor: moderator,
    action: 'remove_review',
    designId: review.designId,
    userId: review.userId,
    reason,
  });
}

/** A moderator keeps a review: its reports are closed and its findings leave the queue (audited). */
export async function keepReview(reviewId: string, moderator: SessionUser, reason?: string): Promise<void> {
  const review = await loadReview(reviewId);
  await ReviewModel.updateOne({ _id: review._id }, { $set: { checkedAt: new Date() } });
  await resolveReports(reviewId);
  await recordAudit({
    actor: moderator,
    action: 'keep_review',
    designId: review.designId,
    userId: review.userId,
    reason,
  });
}

import { Router, type RequestHandler } from 'express';
import type { DecisionBody } from '@shared/moderation';
import { requireRole } from '@server/middleware/auth';
import { validateBody } from '@server/middleware/validateBody';
import { unsuspendUser } from '@server/moderation/unsuspend';
import { keepReview, loadReviewQueue, removeReview } from '@server/reviews/reviewQueue';
import { approveSchema, reasonSchema } from './schema';

/** A body that may be absent; when present it is checked like any other. */
const optional =
  (check: RequestHandler): RequestHandler =>
  (req, res, next) =>
    req.body === undefined ? next() : check(req, res, next);
const reasonOf = (body: unknown) => (body as DecisionBody | undefined)?.reason?.trim() || undefined;

/**
 * Moderators only: the review queue (reported reviews and the filter's findings on reviews),
 * removing (reason required) or keeping a review, and lifting a suspension; all audited.
 */
export function reviewModerationRouter(): Router {
  const router = Router();
  const mod = requireRole('moderator');
  router.get('/reviews', mod, async (_req, res) => {
    res.json({ items: await loadReviewQueue() });
  });
  router.post('/reviews/:reviewId/remove', mod, validateBody(reasonSchema), async (req, res) => {
    await removeReview(String(req.params.reviewId), req.user!, reasonOf(req.body)!);
    res.status(204).end();
  });
  router.post('/reviews/:reviewId/keep', mod, optional(validateBody(approveSchema)), async (req, res) => {
    await keepReview(String(req.params.reviewId), req.user!, reasonOf(req.body));
    res.status(204).end();
  });
  router.post('/users/:id/unsuspend', mod, optional(validateBody(approveSchema)), async (req, res) => {
    await unsuspendUser(String(req.params.id), req.user!, reasonOf(req.body));
    res.status(204).end();
  });
  return router;
}

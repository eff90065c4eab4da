import { Router, type RequestHandler } from 'express';
import { requireUser } from '@server/middleware/auth';
import { validateBody } from '@server/middleware/validateBody';
import { deleteOwnReview, reportReview } from '@server/reviews/authorActions';
import { reportSchema } from '@server/routes/moderation/schema';

/**
 * POST /api/designs/:id/reviews/:reviewId/report {reason} (signed in, not one's own review) and
 * DELETE /api/designs/:id/reviews/:reviewId (its author). Behind the design write rate limit.
 */
export function reviewActionsRouter(rateLimit: RequestHandler): Router {
  const router = Router();
  router.post(
    '/:id/reviews/:reviewId/report',
    rateLimit,
    requireUser(),
    validateBody(reportSchema),
    async (req, res) => {
      const reason = (req.body as { reason: string }).reason.trim();
      await reportReview(String(req.params.id), String(req.params.reviewId), req.user!, reason);
      res.status(201).json({ reviewId: String(req.params.reviewId), reported: true });
    },
  );
  router.delete('/:id/reviews/:reviewId', rateLimit, requireUser(), async (req, res) => {
    await deleteOwnReview(String(req.params.id), String(req.params.reviewId), req.user!);
    res.status(204).end();
  });
  return router;
}

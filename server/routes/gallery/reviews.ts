import { Router } from 'express';
import { PLAIN_TEXT } from '@shared/catalog/designSchema';
import { REVIEW_RATING_MAX, REVIEW_RATING_MIN, REVIEW_TEXT_MAX, type ReviewBody } from '@shared/api';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { badRequest } from '@server/errors';
import { remixDesign } from '@server/gallery/remix';
import { addReview, listReviews } from '@server/gallery/reviews';
import { requireUser } from '@server/middleware/auth';
import { ensureGuest } from '@server/middleware/session';
import { ajvViolations, bodyAjv, validateBody } from '@server/middleware/validateBody';
import { actorOf } from '@server/policies/designPolicy';

/** POST /api/designs/:id/reviews */
export const reviewSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['rating'],
  properties: {
    rating: { type: 'integer', minimum: REVIEW_RATING_MIN, maximum: REVIEW_RATING_MAX },
    text: { type: 'string', maxLength: REVIEW_TEXT_MAX, pattern: PLAIN_TEXT },
  },
} as const;

/** GET /api/designs/:id/reviews: only `cursor`, once. */
const checkReviewsQuery = bodyAjv.compile({
  type: 'object',
  additionalProperties: false,
  properties: { cursor: { type: 'string', minLength: 1, maxLength: 60, pattern: '^[0-9a-f-]+$' } },
} as const);

/**
 * POST /api/designs/:id/remix (anyone; a guest gets a session), POST /api/designs/:id/reviews
 * (signed in) and GET /api/designs/:id/reviews (anyone). All 404 unless the design is publicly
 * visible. Mounted with the other design routes, behind the write rate limit.
 */
export function remixReviewsRouter(catalogs: CatalogStore): Router {
  const router = Router();
  router.post('/:id/remix', ensureGuest, async (req, res) => {
    const design = await remixDesign(catalogs, String(req.params.id), actorOf(req), req.locale);
    res.status(201).location(`/api/designs/${design.id}`).json(design);
  });
  router.post('/:id/reviews', requireUser(), validateBody(reviewSchema), async (req, res) => {
    res.status(201).json(await addReview(String(req.params.id), req.user!, req.body as ReviewBody, req.locale));
  });
  router.get('/:id/reviews', async (req, res) => {
    const query = { ...(req.query as Record<string, unknown>) };
    if (!checkReviewsQuery(query))
      throw badRequest('Invalid reviews query: only cursor is allowed, once.', ajvViolations(checkReviewsQuery.errors));
    res.json(await listReviews(String(req.params.id), query.cursor as string | undefined, req.user?.id));
  });
  return router;
}

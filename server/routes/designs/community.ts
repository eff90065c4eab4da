import { Router } from 'express';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { designTextPolicy } from '@server/designs/screenTexts';
import { badRequest } from '@server/errors';
import { remixDesign } from '@server/gallery/remix';
import { addReview, listReviews } from '@server/gallery/reviews';
import { castVote, withdrawVote } from '@server/gallery/votes';
import { requireUser } from '@server/middleware/auth';
import { ensureGuest } from '@server/middleware/session';
import { ajvViolations, bodyAjv, validateBody } from '@server/middleware/validateBody';
import { visible, withDesign } from './designParam';
import { reviewSchema } from './reviewSchema';

/** GET /api/designs/:id/reviews: only `cursor`, once. */
const checkReviewsQuery = bodyAjv.compile({
  type: 'object',
  additionalProperties: false,
  properties: { cursor: { type: 'string', minLength: 1, maxLength: 60, pattern: '^[0-9a-f-]+$' } },
} as const);

/**
 * What the community does with a public design (all 404 unless it is publicly visible):
 * PUT / DELETE …/vote and POST …/reviews (signed in), GET …/reviews and POST …/remix (anyone;
 * a guest gets a session).
 */
export function communityRouter(catalogs: CatalogStore): Router {
  const router = withDesign(Router());
  router.put('/:id/vote', requireUser(), visible, async (req, res) => {
    res.json(await castVote(res.locals.design, req.user!));
  });
  router.delete('/:id/vote', requireUser(), visible, async (req, res) => {
    res.json(await withdrawVote(res.locals.design, req.user!));
  });
  router.post('/:id/remix', ensureGuest, visible, async (req, res) => {
    const design = await remixDesign(catalogs, res.locals.design, res.locals.actor, req.locale);
    res.status(201).location(`/api/designs/${design.id}`).json(design);
  });
  router.post('/:id/reviews', requireUser(), visible, validateBody(reviewSchema), async (req, res) => {
    const { design } = res.locals;
    const policy = await designTextPolicy(catalogs, design);
    res.status(201).json(await addReview(design, req.user!, req.body, req.locale, policy));
  });
  router.get('/:id/reviews', visible, async (req, res) => {
    const query: { cursor?: string } = { ...req.query };
    if (!checkReviewsQuery(query))
      throw badRequest('Invalid reviews query: only cursor is allowed, once.', ajvViolations(checkReviewsQuery.errors));
    res.json(await listReviews(res.locals.design, query.cursor, req.user?.id));
  });
  return router;
}

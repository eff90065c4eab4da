import { Router } from 'express';
import { moreByAuthor } from '@server/gallery/communityFields';
import { loadDesign } from '@server/designs/loadDesign';
import { notFound } from '@server/errors';
import { isPubliclyVisible } from '@server/moderation/stateMachine';

/** GET /api/designs/:id/more-by-author: the author's other public designs (404 unless this one is public). */
export function designCommunityRouter(): Router {
  const router = Router();
  router.get('/:id/more-by-author', async (req, res) => {
    const doc = await loadDesign(String(req.params.id));
    if (!isPubliclyVisible(doc)) throw notFound(`Design ${doc._id}`);
    res.json({ items: await moreByAuthor(doc) });
  });
  return router;
}

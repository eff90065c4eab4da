import { Router, type Request } from 'express';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { forbidden } from '@server/errors';
import { requireUser } from '@server/middleware/auth';
import { validateBody } from '@server/middleware/validateBody';
import type { DesignDoc } from '@server/models/Design';
import { presentDesign } from '@server/presenters/designPresenter';
import { appealRejection, submitDesign } from '@server/moderation/authorActions';
import { loadDesign } from '@server/designs/loadDesign';
import { fileReport } from '@server/moderation/reports';
import { isPubliclyVisible } from '@server/moderation/stateMachine';
import { appealSchema, reportSchema } from './schema';

/**
 * The signed-in owner's design: 403 for someone else's (404 for one they could not even see).
 * Guests cannot submit or appeal: what goes public needs an account that can be suspended.
 */
async function ownDesign(req: Request): Promise<DesignDoc> {
  const doc = await loadDesign(String(req.params.id));
  if (doc.ownerUserId === req.user!.id) return doc;
  throw forbidden(isPubliclyVisible(doc) ? 'Only the owner may do this.' : 'This design is private.');
}

/** Author and shopper steps of the workflow under /api/designs/:id; mounted before the design CRUD. */
export function designWorkflowRouter(catalogs: CatalogStore): Router {
  const router = Router();

  router.post('/:id/submit', requireUser(), async (req, res) => {
    const updated = await submitDesign(await ownDesign(req), req.user!, catalogs, req.locale);
    res.json(presentDesign(updated, true));
  });

  router.post('/:id/appeal', requireUser(), validateBody(appealSchema), async (req, res) => {
    const message = (req.body as { message: string }).message.trim();
    const updated = await appealRejection(await ownDesign(req), req.user!, message, req.locale);
    res.json(presentDesign(updated, true));
  });

  router.post('/:id/report', requireUser(), validateBody(reportSchema), async (req, res) => {
    const id = String(req.params.id);
    await fileReport(id, req.user!, (req.body as { reason: string }).reason.trim());
    res.status(201).json({ designId: id, reported: true });
  });

  return router;
}

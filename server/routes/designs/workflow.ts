import { Router } from 'express';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { requireUser } from '@server/middleware/auth';
import { validateBody } from '@server/middleware/validateBody';
import { presentDesign } from '@server/presenters/designPresenter';
import { appealRejection, submitDesign } from '@server/moderation/authorActions';
import { fileReport } from '@server/moderation/reports';
import { appealSchema, reportSchema } from '@server/routes/moderation/schema';
import { submittable, withDesign } from './designParam';

/** Author and shopper steps of the moderation workflow under /api/designs/:id. */
export function workflowRouter(catalogs: CatalogStore): Router {
  const router = withDesign(Router());

  router.post('/:id/submit', submittable, async (req, res) => {
    const updated = await submitDesign(res.locals.design, req.user!, catalogs, req.locale);
    res.json(presentDesign(updated, true));
  });

  router.post('/:id/appeal', submittable, validateBody(appealSchema), async (req, res) => {
    const updated = await appealRejection(res.locals.design, req.user!, req.body.message.trim(), req.locale);
    res.json(presentDesign(updated, true));
  });

  router.post('/:id/report', requireUser(), validateBody(reportSchema), async (req, res) => {
    const id = res.locals.design._id;
    await fileReport(id, req.user!, req.body.reason.trim());
    res.status(201).json({ designId: id, reported: true });
  });

  return router;
}

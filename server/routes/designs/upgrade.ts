import { Router, type RequestHandler } from 'express';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { checkDraft } from '@server/designs/checkDraft';
import { screenTexts } from '@server/designs/screenTexts';
import { upgradeOffer } from '@server/designs/upgrade';
import { writeDesign } from '@server/designs/writeDesign';
import { forbidden, invalidDesign } from '@server/errors';
import { reviseUpdate } from '@server/moderation/authorActions';
import { canUpgradeDesign } from '@server/policies/designPolicy';
import { presentDesign } from '@server/presenters/designPresenter';
import { withDesign } from './designParam';

/** GET/POST /api/designs/:id/upgrade: what moving to the newest catalog version changes / do it. */
export function designUpgradeRouter(catalogs: CatalogStore): Router {
  const router = withDesign(Router());

  const upgradable: RequestHandler = (_req, res, next) =>
    next(
      canUpgradeDesign(res.locals.actor, res.locals.design)
        ? undefined
        : forbidden('Only the owner and editors may move this design to a newer version.'),
    );

  router.get('/:id/upgrade', upgradable, async (req, res) => {
    const doc = res.locals.design;
    res.set('Cache-Control', 'no-store').json((await upgradeOffer(catalogs, doc, req.locale)).offer);
  });

  router.post('/:id/upgrade', upgradable, async (req, res) => {
    const doc = res.locals.design;
    const { offer, draft } = await upgradeOffer(catalogs, doc, req.locale);
    if (offer.upToDate) return res.json({ offer, design: presentDesign(doc, true) });
    const revise = reviseUpdate(doc, req.user ?? null);
    const { violations, totals } = await checkDraft(catalogs, draft, req.locale);
    if (violations.length) throw invalidDesign(violations);
    const updated = await writeDesign(
      doc,
      {
        $set: {
          catalogVersion: offer.toVersion,
          selections: draft.selections.filter((s) => s.quantity > 0),
          texts: draft.texts ?? {},
          diets: draft.diets ?? [],
          totals,
          findings: screenTexts(draft, req.locale),
          ...revise.set,
        },
        ...(revise.push && { $push: revise.push }),
      },
      revise.filter,
    );
    res.json({ offer, design: presentDesign(updated, true) });
  });

  return router;
}

import { Router, type Request } from 'express';
import type { DesignDraft } from '@shared/catalog/types';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { checkDraft } from '@server/designs/checkDraft';
import { draftOf } from '@server/designs/draftOf';
import { screenTexts } from '@server/designs/screenTexts';
import { forbidden, invalidDesign } from '@server/errors';
import { ensureGuest } from '@server/middleware/session';
import { validateBody } from '@server/middleware/validateBody';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { VoteModel } from '@server/models/Vote';
import { communityFields } from '@server/gallery/communityFields';
import { recountRemixes } from '@server/gallery/remix';
import { deleteReviewsOf } from '@server/gallery/reviews';
import { actorOf, canEditDesign, canReadDesign, isOwner } from '@server/policies/designPolicy';
import { presentDesign } from '@server/presenters/designPresenter';
import { reviseUpdate } from '@server/moderation/authorActions';
import { writeDesign } from '@server/designs/writeDesign';
import { loadDesign } from '@server/designs/loadDesign';
import { createDesignSchema, patchDesignSchema } from './schema';

const LIST_LIMIT = 200;

/** Loads a design the caller may see (403 for another's private one, 404 when there is none). */
async function findReadable(req: Request): Promise<DesignDoc> {
  const doc = await loadDesign(String(req.params.id));
  if (!canReadDesign(actorOf(req), doc)) throw forbidden('This design is private.');
  return doc;
}

/** Only selections with a quantity are stored. */
const stored = (draft: DesignDraft) => ({
  catalogVersion: draft.catalogVersion,
  name: (draft.name ?? '').trim(),
  selections: draft.selections.filter((s) => s.quantity > 0),
  texts: draft.texts ?? {},
  diets: draft.diets ?? [],
});

export function designsRouter(catalogs: CatalogStore): Router {
  const router = Router();

  router.post('/', ensureGuest, validateBody(createDesignSchema), async (req, res) => {
    const draft = req.body as DesignDraft;
    const { catalog, violations, totals } = await checkDraft(catalogs, draft, req.locale);
    if (violations.length) throw invalidDesign(violations);
    const findings = screenTexts(draft, req.locale);
    const actor = actorOf(req);
    const doc = await DesignModel.create({
      ...stored({ ...draft, catalogVersion: catalog.version }),
      findings,
      catalogId: catalog.id,
      totals,
      ownerGuestId: actor.userId ? null : actor.guestId,
      ownerUserId: actor.userId ?? null,
    });
    res
      .status(201)
      .location(`/api/designs/${doc._id}`)
      .json(presentDesign(doc.toObject() as DesignDoc, true));
  });

  router.get('/', async (req, res) => {
    const actor = actorOf(req);
    const filter = actor.userId
      ? { ownerUserId: actor.userId }
      : actor.guestId
        ? { ownerGuestId: actor.guestId, ownerUserId: null }
        : null;
    const docs = filter
      ? await DesignModel.find(filter).sort({ createdAt: -1 }).limit(LIST_LIMIT).lean<DesignDoc[]>()
      : [];
    res.json(docs.map((d) => presentDesign(d, true)));
  });

  router.get('/:id', async (req, res) => {
    const doc = await findReadable(req);
    res.json({
      ...presentDesign(doc, canEditDesign(actorOf(req), doc)),
      ...(await communityFields(doc, req.user?.id)),
    });
  });

  router.patch('/:id', validateBody(patchDesignSchema), async (req, res) => {
    const doc = await findReadable(req);
    if (!canEditDesign(actorOf(req), doc)) throw forbidden('Only the owner may change this design.');
    const revise = reviseUpdate(doc, req.user ?? null);
    const draft: DesignDraft = { ...draftOf(doc), ...(req.body as Partial<DesignDraft>) };
    const { violations, totals } = await checkDraft(catalogs, draft, req.locale);
    if (violations.length) throw invalidDesign(violations);
    const findings = screenTexts(draft, req.locale);
    // writeDesign: conditional on the revision read, safe against a concurrent edit or appeal (409).
    const updated = await writeDesign(
      doc,
      { $set: { ...stored(draft), totals, findings, ...revise.set }, ...(revise.push && { $push: revise.push }) },
      revise.filter,
    );
    res.json(presentDesign(updated, true));
  });

  router.delete('/:id', async (req, res) => {
    const doc = await findReadable(req);
    if (!isOwner(actorOf(req), doc)) throw forbidden('Only the owner may delete this design.');
    await DesignModel.deleteOne({ _id: doc._id });
    await VoteModel.deleteMany({ designId: doc._id });
    await deleteReviewsOf(doc._id);
    if (doc.remixOf) await recountRemixes(doc.remixOf);
    res.status(204).end();
  });

  return router;
}

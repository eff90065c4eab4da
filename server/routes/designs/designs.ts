import { Router, type Response } from 'express';
import type { DesignDraft } from '@shared/catalog/types';
import { stockReplacements } from '@shared/merch/stock';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { checkDraft } from '@server/designs/checkDraft';
import { draftOf } from '@server/designs/draftOf';
import { screenTexts } from '@server/designs/screenTexts';
import { writeDesign } from '@server/designs/writeDesign';
import { invalidDesign, preconditionFailed } from '@server/errors';
import { etagOf, expectedRevision } from '@server/middleware/ifMatch';
import { ensureGuest } from '@server/middleware/session';
import { validateBody } from '@server/middleware/validateBody';
import { DesignModel, type DesignDoc } from '@server/models/Design';
import { VoteModel } from '@server/models/Vote';
import { communityFields } from '@server/gallery/communityFields';
import { recountRemixes } from '@server/gallery/remix';
import { deleteReviewsOf } from '@server/gallery/reviews';
import { reviseUpdate } from '@server/moderation/authorActions';
import { canEditDesign } from '@server/policies/designPolicy';
import { presentDesign } from '@server/presenters/designPresenter';
import { deletable, editable, readable, withDesign } from './designParam';
import { isShared, roleOf } from '@server/codesign/access';
import type { LiveHub } from '@server/codesign/hub';
import { createDesignSchema, patchDesignSchema } from './schema';

const LIST_LIMIT = 200;

/** Only selections with a quantity are stored. */
const stored = (draft: DesignDraft) => ({
  catalogVersion: draft.catalogVersion,
  name: (draft.name ?? '').trim(),
  selections: draft.selections.filter((s) => s.quantity > 0),
  texts: draft.texts ?? {},
  diets: draft.diets ?? [],
});

/** 412: the tab's revision is not the stored one any more; nothing was changed. */
const staleDesign = () =>
  preconditionFailed(
    'This design was changed since you loaded it (in another tab or window); reload it and apply your changes again.',
  );

/**
 * A design answer with its revision as ETag (the If-Match of the next PATCH), and the caller's
 * part in it. A design just created is shared with nobody yet, so it asks no database.
 */
const send = async (
  res: Response,
  doc: DesignDoc,
  canEdit: boolean,
  status = 200,
  extra: object = {},
  isNew = false,
) => {
  const role = roleOf(res.locals.actor, doc, res.locals.member ?? null);
  const shared = role && !isNew ? await isShared(doc._id) : false;
  res
    .status(status)
    .set('ETag', etagOf(doc.revision))
    .json({ ...presentDesign(doc, canEdit), role, shared, ...extra });
};

/** Create, list, read, change and delete designs under /api/designs. */
export function designsCrudRouter(catalogs: CatalogStore, live?: LiveHub): Router {
  const router = withDesign(Router());

  router.post('/', ensureGuest, validateBody(createDesignSchema), async (req, res) => {
    const draft = req.body;
    const { catalog, violations, totals } = await checkDraft(catalogs, draft, req.locale);
    if (violations.length) throw invalidDesign(violations);
    const findings = screenTexts(draft, req.locale, catalog.textPolicy);
    const { actor } = res.locals;
    const doc = await DesignModel.create({
      ...stored({ ...draft, catalogVersion: catalog.version }),
      findings,
      catalogId: catalog.id,
      totals,
      ownerGuestId: actor.userId ? null : actor.guestId,
      ownerUserId: actor.userId ?? null,
    });
    await send(res.location(`/api/designs/${doc._id}`), doc.toObject() as DesignDoc, true, 201, {}, true);
  });

  router.get('/', async (_req, res) => {
    const { actor } = res.locals;
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

  router.get('/:id', readable, async (_req, res) => {
    const { actor, design, member } = res.locals;
    // A public design also carries its votes, rating, author and remix source; any design
    // what of it is out of stock now, with a replacement (only when something is).
    const now = await catalogs.get(design.catalogId, design.catalogVersion);
    const outOfStock = now
      ? stockReplacements(
          now.catalog,
          design.selections.map((s) => s.optionId),
        )
      : [];
    const community = await communityFields(design, actor.userId);
    await send(res, design, canEditDesign(actor, design, member), 200, {
      ...community,
      ...(outOfStock.length && { outOfStock }),
    });
  });

  // If-Match is optional (older clients send none); when sent, a stale one is 412 and a
  // concurrent save of the same revision loses with 412 too.
  router.patch('/:id', readable, editable, validateBody(patchDesignSchema), async (req, res) => {
    const doc = res.locals.design;
    const expected = expectedRevision(req.get('If-Match'));
    if (expected !== undefined && expected !== doc.revision) throw staleDesign();
    const revise = reviseUpdate(doc, req.user ?? null);
    const draft: DesignDraft = { ...draftOf(doc), ...req.body };
    const { catalog, violations, totals } = await checkDraft(catalogs, draft, req.locale);
    if (violations.length) throw invalidDesign(violations);
    const findings = screenTexts(draft, req.locale, catalog.textPolicy);
    const updated = await writeDesign(
      doc,
      { $set: { ...stored(draft), totals, findings, ...revise.set }, ...(revise.push && { $push: revise.push }) },
      revise.filter,
      expected === undefined ? undefined : staleDesign,
    );
    // A live room of this design starts again from what was just stored.
    await live?.changed(doc._id);
    await send(res, updated, true);
  });

  router.delete('/:id', readable, deletable, async (_req, res) => {
    const doc = res.locals.design;
    await DesignModel.deleteOne({ _id: doc._id });
    await live?.kick(doc._id, '*');
    await VoteModel.deleteMany({ designId: doc._id });
    await deleteReviewsOf(doc._id);
    if (doc.remixOf) await recountRemixes(doc.remixOf);
    res.status(204).end();
  });

  return router;
}

import { Router } from 'express';
import type { Catalog } from '@shared/catalog/types';
import { saveDraft, viewOf, loadDraft } from '@server/catalogs/drafts';
import { encodeOptionImage, storeOptionImage } from '@server/images/optionImages';
import { notFound } from '@server/errors';
import { etagOf, expectedRevision } from '@server/middleware/ifMatch';

const optionsOf = (body: unknown) =>
  Array.isArray((body as Catalog | undefined)?.options) ? (body as Catalog).options : [];

/**
 * PUT /api/admin/catalogs/:id/draft/options/:optionId/image: a raw PNG, JPEG or WebP (read by
 * imageBody after the role check), re-encoded and stored, its URL set on the draft's option.
 * Every refusal (415, 413, 422, 404, 412) comes before the draft is written.
 */
export function adminOptionImageRouter(): Router {
  const router = Router();
  router.put('/:id/draft/options/:optionId/image', async (req, res) => {
    const id = String(req.params.id);
    const optionId = String(req.params.optionId);
    const before = await loadDraft(id);
    if (!optionsOf(before.body).some((o) => o?.id === optionId))
      throw notFound(`Option ${optionId} in the draft of ${id}`);
    const image = await storeOptionImage(await encodeOptionImage(req.body as Buffer));
    const doc = await saveDraft(
      id,
      expectedRevision(req.get('if-match')),
      (current) => {
        const options = optionsOf(current.body);
        const at = options.findIndex((o) => o?.id === optionId);
        if (at < 0) throw notFound(`Option ${optionId} in the draft of ${id}`);
        return {
          ...current.body,
          options: options.map((o, i) => (i === at ? { ...o, image: image.url } : o)),
        };
      },
      req.user!.id,
    );
    res
      .set('ETag', etagOf(doc.revision))
      .set('Cache-Control', 'no-store')
      .json({ ...(await viewOf(doc)), image });
  });
  return router;
}

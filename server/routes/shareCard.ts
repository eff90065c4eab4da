import { Router } from 'express';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { notFound } from '@server/errors';
import { designCard } from '@server/shareCard/designCard';
import { renderPng } from '@server/shareCard/renderPng';

/** GET /api/designs/:id/image.png: a public design's 1200×630 share card; 404 for anything else. */
export function shareCardRouter(catalogs: CatalogStore): Router {
  const router = Router();
  router.get('/:id/image.png', async (req, res) => {
    const card = await designCard(catalogs, String(req.params.id), req.locale);
    if (!card) throw notFound(`Design ${String(req.params.id)}`);
    const etag = `"${card.hash}-${req.locale}"`;
    res.set({
      ETag: etag,
      // Chat apps and crawlers fetch it from their own servers; a versioned URL never changes.
      'Cache-Control': req.query.v === card.hash ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Content-Security-Policy': "default-src 'none'",
    });
    if (req.headers['if-none-match'] === etag) return void res.status(304).end();
    res.type('png').send(await renderPng(card.svg));
  });
  return router;
}

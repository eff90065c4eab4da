import { Router, type Request } from 'express';
import type { GallerySort } from '@shared/api';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { badRequest } from '@server/errors';
import { decodeCursor } from '@server/gallery/cursor';
import { listGallery, type GalleryQuery } from '@server/gallery/listGallery';
import { ajvViolations, bodyAjv } from '@server/middleware/validateBody';
import { galleryQuerySchema } from './schema';

/** Designs per page when the query names no limit. */
export const GALLERY_DEFAULT_LIMIT = 20;
const checkQuery = bodyAjv.compile(galleryQuerySchema);

interface RawQuery {
  catalog?: string;
  sort?: GallerySort;
  limit?: string;
  cursor?: string;
}

/** The gallery's query, checked strictly: unknown names, repeated names, bad values → 400. */
async function galleryQuery(req: Request, catalogs: CatalogStore): Promise<GalleryQuery> {
  const raw = { ...(req.query as Record<string, unknown>) };
  if (!checkQuery(raw))
    throw badRequest(
      'Invalid gallery query: catalog=<id>, sort=new|top, limit=1..50 and cursor are allowed, once each.',
      ajvViolations(checkQuery.errors),
    );
  const q = raw as RawQuery;
  if (q.catalog && !(await catalogs.get(q.catalog))) throw badRequest(`There is no catalog "${q.catalog}".`);
  const sort = q.sort ?? 'new';
  return {
    catalog: q.catalog,
    sort,
    limit: q.limit ? Number(q.limit) : GALLERY_DEFAULT_LIMIT,
    after: q.cursor ? decodeCursor(q.cursor, sort) : undefined,
  };
}

/** GET /api/gallery: publicly visible designs for anyone; `votedByMe` for the signed-in caller. */
export function galleryRouter(catalogs: CatalogStore): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    res.json(await listGallery(await galleryQuery(req, catalogs), req.user?.id));
  });
  return router;
}

import { Router } from 'express';
import type { StockView } from '@shared/merch/stock';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { notFound } from '@server/errors';
import { validateBody } from '@server/middleware/validateBody';
import { stockSchema } from './catalogSchema';

/**
 * Stock now: GET and PUT /api/admin/catalogs/:id/stock[/:optionId]. Applies to the published
 * catalog at once, without a new version (the router it is mounted in requires the
 * merchandiser role).
 */
export function adminCatalogStockRouter(catalogs: CatalogStore): Router {
  const router = Router();

  const view = async (catalogId: string): Promise<StockView> => {
    const now = await catalogs.get(catalogId);
    if (!now) throw notFound(`A published version of catalog ${catalogId}`);
    return {
      catalogId,
      version: now.catalog.version,
      revision: now.stockRevision ?? 0,
      options: now.catalog.options.map((o) => ({ id: o.id, groupId: o.groupId, name: o.name, inStock: o.inStock })),
    };
  };

  router.get('/:id/stock', async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await view(String(req.params.id)));
  });

  router.put('/:id/stock/:optionId', validateBody(stockSchema), async (req, res) => {
    const id = String(req.params.id);
    const optionId = String(req.params.optionId);
    const published = await catalogs.published(id);
    if (!published) throw notFound(`A published version of catalog ${id}`);
    if (!published.catalog.options.some((o) => o.id === optionId))
      throw notFound(`Option ${optionId} in the published catalog ${id}`);
    const inStock = (req.body as { inStock: boolean }).inStock;
    await catalogs.stock.set(id, optionId, inStock, req.user!.id);
    req.log.info({ userId: req.user?.id, catalogId: id, optionId, inStock }, 'stock changed');
    res.set('Cache-Control', 'no-store').json(await view(id));
  });

  return router;
}

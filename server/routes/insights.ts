import type { JSONSchemaType } from 'ajv';
import { Router, type RequestHandler } from 'express';
import type { InsightsEventBody } from '@shared/insights';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { notFound } from '@server/errors';
import { computeInsights } from '@server/insights/computeInsights';
import { recordEvent } from '@server/insights/recordEvent';
import { validateBody } from '@server/middleware/validateBody';

/** POST /api/catalogs/:id/events: what the configurator reports (anonymous, rate-limited in app.ts). */
export const insightsEventSchema: JSONSchemaType<InsightsEventBody> = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'options'],
  properties: {
    kind: { type: 'string', const: 'repair' },
    options: {
      type: 'array',
      minItems: 1,
      maxItems: 30,
      items: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' },
    },
  },
};

export function insightsEventHandlers(catalogs: CatalogStore): RequestHandler[] {
  return [
    validateBody(insightsEventSchema),
    async (req, res) => {
      const prepared = await catalogs.get(String(req.params.id));
      if (!prepared) throw notFound(`Catalog ${String(req.params.id)}`);
      await recordEvent(prepared.catalog, req.body as InsightsEventBody);
      res.status(204).end();
    },
  ];
}

/** GET /api/admin/catalogs/:id/insights: merchandisers only (guarded where /admin/catalogs is mounted). */
export function insightsRouter(catalogs: CatalogStore, minSupport: number): Router {
  const router = Router();
  router.get('/:id/insights', async (req, res) => {
    const prepared = await catalogs.get(String(req.params.id));
    if (!prepared) throw notFound(`Catalog ${String(req.params.id)}`);
    res.json(await computeInsights(prepared.catalog, minSupport));
  });
  return router;
}

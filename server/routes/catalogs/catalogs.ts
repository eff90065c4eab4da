import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { CatalogSummary, GuidanceResponse, ValidateResponse } from '@shared/api';
import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { guidance } from '@shared/rules';
import type { CatalogStore, PreparedCatalog } from '@server/catalogs/catalogStore';
import { checkDraft, checkPrepared, type CheckedDraft } from '@server/designs/checkDraft';
import type { ParamsDictionary } from 'express-serve-static-core';
import { validateBody } from '@server/middleware/validateBody';
import { draftShape, type DraftShape } from '@server/routes/designs/schema';
import { badRequest, notFound } from '@server/errors';

const summary = (c: Catalog): CatalogSummary => ({
  id: c.id,
  name: c.name,
  description: c.description,
  version: c.version,
  preview: c.preview,
  optionCount: c.options.length,
});

const etag = (p: PreparedCatalog) => `"${p.catalog.id}@${p.catalog.version}~${p.stockRevision ?? 0}"`;

/** The draft in the body, for the catalog in the URL. */
function draftFor(req: Request<ParamsDictionary, unknown, DraftShape>): DesignDraft {
  const body = req.body;
  if (body.catalogId !== undefined && body.catalogId !== req.params.id) {
    throw badRequest(`The body names catalog ${body.catalogId} but the URL names ${req.params.id}.`);
  }
  return { ...body, catalogId: String(req.params.id) };
}

export function catalogsRouter(catalogs: CatalogStore): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    res.json((await catalogs.list()).map(summary));
  });

  // Versions never change and the stock has a revision, so "catalog@version~stock" is a perfect
  // ETag, computed without hashing. The stock changes any time: revalidate on every use.
  router.get('/:id', async (req, res) => {
    const p = await catalogs.get(req.params.id);
    if (!p) throw notFound(`Catalog ${req.params.id}`);
    res.set('ETag', etag(p)).set('Cache-Control', 'no-cache');
    if (req.fresh) return void res.status(304).end();
    res.json(p.catalog);
  });

  router.get('/:id/versions/:version', async (req, res) => {
    const v = Number(req.params.version);
    const p = Number.isSafeInteger(v) && v > 0 ? await catalogs.get(req.params.id, v) : null;
    if (!p) throw notFound(`Catalog ${req.params.id} version ${req.params.version}`);
    res.set('ETag', etag(p)).set('Cache-Control', 'no-cache');
    if (req.fresh) return void res.status(304).end();
    res.json(p.catalog);
  });

  return router;
}

/**
 * The rule checks anyone may ask for: POST /api/catalogs/:id/validate and /guidance. Kept out
 * of the router so the app can mount them as flat routes on its hottest path.
 */
export function catalogChecks(catalogs: CatalogStore): { validate: RequestHandler; guidance: RequestHandler } {
  return {
    // Synchronous while the catalog is in memory (nearly always): the hottest route of all.
    validate(req, res, next) {
      const draft = draftFor(req);
      const prepared = catalogs.peek(draft.catalogId, draft.catalogVersion);
      if (prepared) sendVerdict(res, checkPrepared(prepared, draft, req.locale));
      else checkDraft(catalogs, draft, req.locale).then((checked) => sendVerdict(res, checked), next);
    },
    async guidance(req, res) {
      const draft = draftFor(req);
      const { catalog, violations } = await checkDraft(catalogs, draft, req.locale);
      if (violations.some((v) => v.code.startsWith('schema_'))) {
        const body: GuidanceResponse = { valid: false, errors: violations, missing: [], options: {} };
        return void res.json(body);
      }
      res.json(guidance(catalog, draft, req.locale));
    },
  };
}

/**
 * Straight to the socket: express's res.json machinery (freshness, ETag, HEAD) has nothing to
 * do for a POST answer, and this is the hottest route. With its length, so the answer goes out
 * in one piece rather than chunked. (A module function, not a closure per request: under tsx a
 * named closure costs an Object.defineProperty for its name.)
 */
function sendVerdict(res: Response, { violations, totals }: CheckedDraft): void {
  const body: ValidateResponse = { valid: violations.length === 0, errors: violations, totals };
  const json = JSON.stringify(body);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(json));
  res.end(json);
}

/** The draft body every catalog check takes. */
export const checkBody = validateBody(draftShape);

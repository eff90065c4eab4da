import { Router, type Response } from 'express';
import { checkCatalog } from '@shared/catalog/checkCatalog';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { csvToOptions, optionsToCsv } from '@server/catalogs/csv';
import {
  catalogHasErrors,
  createNewDraft,
  listCatalogs,
  loadDraft,
  publishDraft,
  saveDraft,
  startDraftFrom,
  viewOf,
} from '@server/catalogs/drafts';
import { impactOf } from '@server/catalogs/impact';
import { badRequest, invalidCsv, unsupportedMediaType } from '@server/errors';
import { requireRole } from '@server/middleware/auth';
import { etagOf, expectedRevision } from '@server/middleware/ifMatch';
import { bodyParser } from '@server/middleware/jsonBody';
import { validateBody } from '@server/middleware/validateBody';
import type { CatalogDraftDoc } from '@server/models/CatalogDraft';
import { createCatalogDraftSchema } from './catalogSchema';

/** A whole catalog (84 options with nutrition is ~60 kB) needs more than the app's 64 kB. */
export const CATALOG_BODY_LIMIT = '1mb';

/**
 * The body parsers of the catalog editor, mounted before the app's 64 kB JSON-only parser
 * (which then leaves these requests alone): JSON up to 1 MB, and text/csv on the CSV route only.
 */
export function adminCatalogBodies(): Router {
  const router = Router();
  router.put('/:id/draft/options.csv', bodyParser({ limit: CATALOG_BODY_LIMIT, csv: true }));
  router.use(bodyParser({ limit: CATALOG_BODY_LIMIT }));
  return router;
}

/** A catalog is about six levels deep; the `$`/`.` key check looks 32 deep, so nothing may hide below. */
const MAX_DEPTH = 24;
function depthOf(value: unknown, depth = 0): number {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return depth;
  let max = depth;
  for (const v of Object.values(value)) max = Math.max(max, depthOf(v, depth + 1));
  return max;
}

// An unreadable If-Match can match no revision: stale.
const revisionOf = expectedRevision;

/** The merchandiser's catalog editor: drafts, impact, publish, options as CSV. */
export function adminCatalogsRouter(catalogs: CatalogStore): Router {
  const router = Router();
  router.use(requireRole('merchandiser'));

  const sendDraft = async (res: Response, doc: CatalogDraftDoc, status = 200) => {
    res
      .status(status)
      .set('ETag', etagOf(doc.revision))
      .set('Cache-Control', 'no-store')
      .json(await viewOf(doc));
  };

  router.get('/', async (_req, res) => {
    res.json(await listCatalogs());
  });

  router.post('/', validateBody(createCatalogDraftSchema), async (req, res) => {
    const body = req.body;
    const userId = req.user!.id;
    if (body.fromCatalog !== undefined && body.id === undefined && body.name === undefined)
      return sendDraft(res, await startDraftFrom(catalogs, body.fromCatalog, userId), 201);
    if (body.fromCatalog === undefined && body.id !== undefined && body.name !== undefined)
      return sendDraft(res, await createNewDraft(body.id, body.name, userId), 201);
    throw badRequest('Send either {id, name: {de, en}} for a new catalog or {fromCatalog} to draft an existing one.');
  });

  router.get('/:id/draft', async (req, res) => {
    await sendDraft(res, await loadDraft(req.params.id));
  });

  router.put('/:id/draft', async (req, res) => {
    const body: unknown = req.body;
    if (body === undefined) throw badRequest('Send the whole draft as a JSON object.');
    if (body === null || typeof body !== 'object' || Array.isArray(body))
      throw badRequest('The draft must be a JSON object.');
    if (depthOf(body) > MAX_DEPTH) throw badRequest(`The draft is nested deeper than ${MAX_DEPTH} levels.`);
    const doc = await saveDraft(
      req.params.id,
      revisionOf(req.get('if-match')),
      () => body as Record<string, unknown>,
      req.user!.id,
    );
    await sendDraft(res, doc);
  });

  router.get('/:id/draft/options.csv', async (req, res) => {
    const doc = await loadDraft(req.params.id);
    res
      .set('ETag', etagOf(doc.revision))
      .set('Cache-Control', 'no-store')
      .set('Content-Disposition', `attachment; filename="${doc._id}-options.csv"`)
      .type('text/csv; charset=utf-8')
      .send(optionsToCsv(doc.body.options));
  });

  router.put('/:id/draft/options.csv', async (req, res) => {
    if (typeof req.body !== 'string') throw unsupportedMediaType(req.get('content-type'));
    const text = req.body;
    const doc = await saveDraft(
      req.params.id,
      revisionOf(req.get('if-match')),
      (current) => {
        const result = csvToOptions(text, current.body.options);
        if (!result.ok)
          throw invalidCsv(
            result.errors.map((e) => ({
              code: 'csv_error',
              message: `Row ${e.row}, column ${e.column}: ${e.message}`,
              params: { row: e.row, column: e.column },
            })),
          );
        return { ...current.body, options: result.options };
      },
      req.user!.id,
    );
    await sendDraft(res, doc);
  });

  router.get('/:id/impact', async (req, res) => {
    const doc = await loadDraft(req.params.id);
    const checked = checkCatalog(doc.body, `draft:${doc._id}`);
    if (!checked.ok) throw catalogHasErrors(checked.errors);
    res
      .set('Cache-Control', 'no-store')
      .json({ revision: doc.revision, ...(await impactOf({ ...checked.catalog, id: doc._id }, req.locale)) });
  });

  router.post('/:id/publish', async (req, res) => {
    const version = await publishDraft(catalogs, req.params.id, revisionOf(req.get('if-match')));
    req.log.info({ userId: req.user?.id, catalogId: req.params.id, version }, 'catalog published');
    res.json({ version });
  });

  return router;
}

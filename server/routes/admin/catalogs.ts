import { Router, type Response } from 'express';
import { checkCatalog } from '@shared/catalog/checkCatalog';
import { applyCatalogPatch, checkPatch } from '@shared/merch/applyCatalogPatch';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { csvToOptions, optionsToCsv } from '@server/catalogs/csv';
import { csvPreview } from '@server/catalogs/csvPreview';
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
import { draftFromPutBody } from '@server/catalogs/putBody';
import { draftDiff, listVersions } from '@server/catalogs/versions';
import { badRequest, conflict, invalidCsv, invalidPatch, unsupportedMediaType } from '@server/errors';
import { requireRole } from '@server/middleware/auth';
import { etagOf, expectedRevision } from '@server/middleware/ifMatch';
import { bodyParser } from '@server/middleware/jsonBody';
import { bodyAjv, validateBody } from '@server/middleware/validateBody';
import type { CatalogDraftDoc } from '@server/models/CatalogDraft';
import { createCatalogDraftSchema, publishSchema } from './catalogSchema';
import { adminCatalogStockRouter } from './catalogStock';
import { adminOptionImageRouter } from './optionImage';
import { imageBody } from '@server/images/imageBody';

const publishBody = bodyAjv.compile<{ note?: string }>(publishSchema);

/** A whole catalog (84 options with nutrition is ~60 kB) needs more than the app's 64 kB. */
export const CATALOG_BODY_LIMIT = '1mb';

/**
 * The body parsers of the catalog editor, mounted before the app's 64 kB JSON-only parser
 * (which then leaves these requests alone): JSON up to 1 MB, and text/csv on the CSV route only.
 */
export function adminCatalogBodies(): Router {
  const router = Router();
  router.put('/:id/draft/options.csv', bodyParser({ limit: CATALOG_BODY_LIMIT, csv: true }));
  router.post('/:id/draft/options.csv/preview', bodyParser({ limit: CATALOG_BODY_LIMIT, csv: true }));
  router.put('/:id/draft/options/:optionId/image', imageBody());
  router.use(bodyParser({ limit: CATALOG_BODY_LIMIT }));
  return router;
}

// An unreadable If-Match can match no revision: stale.
const revisionOf = expectedRevision;

/** The merchandiser's catalog editor: drafts, impact, publish, options as CSV. */
export function adminCatalogsRouter(catalogs: CatalogStore): Router {
  const router = Router();
  router.use(requireRole('merchandiser'));
  router.use(adminCatalogStockRouter(catalogs), adminOptionImageRouter());

  const sendDraft = async (res: Response, doc: CatalogDraftDoc, status = 200) => {
    res
      .status(status)
      .set('ETag', etagOf(doc.revision))
      .set('Cache-Control', 'no-store')
      .json(await viewOf(doc));
  };

  const versionLookup = (catalogId: string) => async (v: number) => (await catalogs.get(catalogId, v))?.catalog ?? null;

  router.get('/', async (_req, res) => {
    res.json(await listCatalogs());
  });

  router.post('/', validateBody(createCatalogDraftSchema), async (req, res) => {
    const body = req.body;
    const userId = req.user!.id;
    if (body.fromCatalog !== undefined && body.id === undefined && body.name === undefined)
      return sendDraft(res, await startDraftFrom(catalogs, body.fromCatalog, userId, body.fromVersion), 201);
    if (body.fromCatalog === undefined && body.id !== undefined && body.name !== undefined)
      return sendDraft(res, await createNewDraft(body.id, body.name, userId), 201);
    throw badRequest('Send either {id, name: {de, en}} for a new catalog or {fromCatalog} to draft an existing one.');
  });

  router.get('/:id/versions', async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await listVersions(req.params.id));
  });

  router.get('/:id/diff', async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await draftDiff(catalogs, req.params.id));
  });

  router.get('/:id/draft', async (req, res) => {
    await sendDraft(res, await loadDraft(req.params.id));
  });

  router.put('/:id/draft', async (req, res) => {
    const draft = draftFromPutBody(req.body);
    const doc = await saveDraft(req.params.id, revisionOf(req.get('if-match')), () => draft, req.user!.id);
    await sendDraft(res, doc);
  });

  /** RFC 6902 operations, applied by the same shared code the studio runs as one types. */
  router.patch('/:id/draft', async (req, res) => {
    const ops: unknown = req.body;
    const malformed = checkPatch(ops);
    if (malformed)
      throw invalidPatch(400, malformed.message, [
        { code: malformed.code, message: malformed.message, params: { index: malformed.index } },
      ]);
    const doc = await saveDraft(
      req.params.id,
      revisionOf(req.get('if-match')),
      (current) => {
        const result = applyCatalogPatch(current.body, ops);
        if (result.ok) return draftFromPutBody(result.draft);
        const { problem } = result;
        const violation = { code: problem.code, message: problem.message, params: { index: problem.index } };
        if (problem.code === 'patch_test_failed') throw conflict(problem.message);
        throw invalidPatch(problem.code === 'patch_unresolvable' ? 422 : 400, problem.message, [violation]);
      },
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

  /** What the PUT above would change, row by row; stores nothing. */
  router.post('/:id/draft/options.csv/preview', async (req, res) => {
    if (typeof req.body !== 'string') throw unsupportedMediaType(req.get('content-type'));
    const doc = await loadDraft(req.params.id);
    res.set('Cache-Control', 'no-store').json({ revision: doc.revision, ...csvPreview(req.body, doc.body.options) });
  });

  router.get('/:id/impact', async (req, res) => {
    const doc = await loadDraft(req.params.id);
    const checked = checkCatalog(doc.body, `draft:${doc._id}`);
    if (!checked.ok) throw catalogHasErrors(checked.errors);
    res.set('Cache-Control', 'no-store').json({
      revision: doc.revision,
      ...(await impactOf({ ...checked.catalog, id: doc._id }, req.locale, versionLookup(req.params.id))),
    });
  });

  router.post('/:id/publish', async (req, res) => {
    const body: unknown = req.body ?? {};
    if (!publishBody(body)) throw badRequest('Send {note} (a text of at most 500 characters) or nothing.');
    const note = body.note?.trim() ?? '';
    const version = await publishDraft(catalogs, req.params.id, revisionOf(req.get('if-match')), {
      by: req.user!.id,
      note,
    });
    req.log.info({ userId: req.user?.id, catalogId: req.params.id, version }, 'catalog published');
    res.json({ version });
  });

  return router;
}

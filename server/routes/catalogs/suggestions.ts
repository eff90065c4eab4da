import type { RequestHandler } from 'express';
import type { DesignDraft } from '@shared/catalog/types';
import type { SuggestionsResponse } from '@shared/suggestions';
import type { CatalogStore } from '@server/catalogs/catalogStore';
import { checkDraft } from '@server/designs/checkDraft';
import { badRequest } from '@server/errors';
import type { DesignIndex } from '@server/designs/designIndex';
import { suggest } from '@server/suggestions/suggest';

/**
 * POST /api/catalogs/:id/suggestions (anyone, rate-limited): a partial design in, the top
 * options to add out, each with its reason. The body is the draft shape every catalog check
 * takes (checked before this handler); an unknown catalog is 404, unknown options 400.
 */
export function suggestionsHandler(
  catalogs: CatalogStore,
  index: DesignIndex | undefined,
  minSupport: number,
): RequestHandler {
  return async (req, res) => {
    const body = req.body as DesignDraft;
    if (body.catalogId !== undefined && body.catalogId !== req.params.id)
      throw badRequest(`The body names catalog ${body.catalogId} but the URL names ${String(req.params.id)}.`);
    const draft: DesignDraft = { ...body, catalogId: String(req.params.id) };
    const { catalog, violations } = await checkDraft(catalogs, draft, req.locale);
    const unreadable = violations.filter((v) => v.code.startsWith('schema_'));
    if (unreadable.length)
      throw badRequest('The design names options, texts or diets this catalog does not have.', unreadable);
    const answer: SuggestionsResponse = {
      items: suggest(catalog, draft, index?.countsOf(catalog.id), { minSupport, locale: req.locale }),
    };
    res.json(answer);
  };
}

import type { Totals, Violation } from '@shared/api';
import type { Catalog, DesignDraft, Locale } from '@shared/catalog/types';
import { evaluate } from '@shared/rules';
import { computeTotals } from '@shared/totals';
import type { CatalogStore, PreparedCatalog } from '@server/catalogs/catalogStore';
import { ajvViolations } from '@server/middleware/validateBody';
import { notFound } from '@server/errors';

export interface CheckedDraft {
  catalog: Catalog;
  violations: Violation[];
  totals: Totals;
}

/** The verdict against a catalog version already at hand: violations and server-computed totals. */
export function checkPrepared(prepared: PreparedCatalog, draft: DesignDraft, locale: Locale): CheckedDraft {
  const { catalog, checkDesign } = prepared;
  // Structural errors (unknown option or text field ids) first: the rule engine then sees only known ids.
  const structural = checkDesign(draft) ? [] : ajvViolations(checkDesign.errors);
  const violations = structural.length ? structural : evaluate(catalog, draft, locale);
  return { catalog, violations, totals: computeTotals(catalog, draft) };
}

/**
 * The server's verdict on a draft: the catalog version it is checked against (the one it
 * names, else the newest), its violations and the totals the server computed itself.
 * Unknown catalog or version: 404.
 */
export async function checkDraft(catalogs: CatalogStore, draft: DesignDraft, locale: Locale): Promise<CheckedDraft> {
  const prepared =
    catalogs.peek(draft.catalogId, draft.catalogVersion) ?? (await catalogs.get(draft.catalogId, draft.catalogVersion));
  if (!prepared) {
    throw notFound(
      draft.catalogVersion
        ? `Catalog ${draft.catalogId} version ${draft.catalogVersion}`
        : `Catalog ${draft.catalogId}`,
    );
  }
  return checkPrepared(prepared, draft, locale);
}

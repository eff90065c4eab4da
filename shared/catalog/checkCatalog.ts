import schema from '@catalogs/catalog.schema.json';
import validateSchema from './catalogValidator.generated.js';
import { catalogChecks } from './checks';
import { type CatalogErrorParams, schemaFindings } from './schemaFindings';
import type { Catalog } from './types';

/** One problem in a catalog: where it came from (file name, draft id), where in it, and what. */
export interface CatalogError {
  source: string;
  /** JSON pointer into the catalog, e.g. `/options/12/priceCents`; `''` is the whole catalog. */
  pointer: string;
  /** English; `catalogErrorText(error, locale)` words it from `code` + `params` in either language. */
  message: string;
  /** Stable snake_case code of the mistake (`duplicate_id`, `schema_required`, …). */
  code: string;
  params: CatalogErrorParams;
}

export type CheckCatalogResult = { ok: true; catalog: Catalog } | { ok: false; errors: CatalogError[] };

/** The rule kinds the schema knows, for the message on an unknown `kind`. */
const RULE_KINDS = schema.$defs.rule.oneOf.map((branch) => branch.properties.kind.const);

/**
 * Checks that `data` is a valid catalog: first the meta-schema `catalogs/catalog.schema.json`,
 * then the semantic checks in `./checks` (unique ids, known references, ranges in order, ...).
 * The semantic checks run only when the schema passes, because they rely on its types.
 * Never throws for bad data; `source` (a file name or draft id) is copied into every error.
 */
export function checkCatalog(data: unknown, source: string): CheckCatalogResult {
  // Compiled ahead of time (no eval: the studio runs this under a strict CSP); discriminator on.
  const findings = validateSchema(data)
    ? catalogChecks.flatMap((check) => check(data as Catalog))
    : schemaFindings(validateSchema.errors ?? [], RULE_KINDS);
  if (findings.length === 0) return { ok: true, catalog: data as Catalog };
  return { ok: false, errors: findings.map((f) => ({ source, ...f })) };
}

import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import schema from '@catalogs/catalog.schema.json';
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

let validateSchema: ValidateFunction<Catalog> | undefined;

/**
 * Compiled on first use, then reused: compiling costs milliseconds, validating microseconds.
 * `discriminator` makes ajv report only the errors of the rule kind a rule names.
 */
function schemaValidator(): ValidateFunction<Catalog> {
  validateSchema ??= new Ajv2020({ strict: true, allErrors: true, discriminator: true }).compile<Catalog>(schema);
  return validateSchema;
}

/**
 * Checks that `data` is a valid catalog: first the meta-schema `catalogs/catalog.schema.json`,
 * then the semantic checks in `./checks` (unique ids, known references, ranges in order, ...).
 * The semantic checks run only when the schema passes, because they rely on its types.
 * Never throws for bad data; `source` (a file name or draft id) is copied into every error.
 */
export function checkCatalog(data: unknown, source: string): CheckCatalogResult {
  const validate = schemaValidator();
  const findings = validate(data)
    ? catalogChecks.flatMap((check) => check(data))
    : schemaFindings(validate.errors ?? [], RULE_KINDS);
  if (findings.length === 0) return { ok: true, catalog: data as Catalog };
  return { ok: false, errors: findings.map((f) => ({ source, ...f })) };
}

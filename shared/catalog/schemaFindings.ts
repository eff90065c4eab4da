import type { ErrorObject } from 'ajv';
import { appendPointer } from './jsonPointer';

/** A problem in a catalog, located by a JSON pointer into it. */
export interface CatalogFinding {
  pointer: string;
  /** English; `code` + `params` render it in either language (`catalogErrorText`). */
  message: string;
  /** Stable, snake_case: one per kind of mistake (see `catalogMessages.ts`). */
  code: string;
  params: CatalogErrorParams;
}

export type CatalogErrorParams = Record<string, string | number>;

/** The code and params of one ajv error: what `catalogMessages.ts` words in German. */
function codeOf(error: ErrorObject): { code: string; params: CatalogErrorParams } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { code: 'schema_required', params: {} };
    case 'additionalProperties':
      return { code: 'schema_unknown_property', params: {} };
    case 'enum':
      return { code: 'schema_enum', params: { allowed: (params.allowedValues as unknown[]).join(', ') } };
    case 'const':
      return { code: 'schema_const', params: { value: JSON.stringify(params.allowedValue) } };
    case 'not':
      return { code: 'schema_reserved', params: {} };
    case 'pattern':
      return params.pattern === '\\S'
        ? { code: 'schema_blank', params: {} }
        : { code: 'schema_pattern', params: { pattern: String(params.pattern) } };
    case 'type':
      return { code: 'schema_type', params: { type: String(params.type) } };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { code: 'schema_limit', params: { comparison: String(params.comparison), limit: Number(params.limit) } };
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
      return { code: `schema_${error.keyword}`, params: { limit: Number(params.limit) } };
    default:
      return { code: 'schema_other', params: { keyword: error.keyword } };
  }
}

/** A human sentence for one ajv error; ajv's own wording is kept where it is already clear. */
function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a known property: remove it or fix its spelling';
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'not':
      return 'is reserved: choose another name';
    case 'pattern':
      return params.pattern === '\\S' ? 'must not be blank' : `must match ${String(params.pattern)}`;
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}

/** Where an error points: at the offending property itself rather than at its parent object. */
function locate(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.propertyName !== undefined) return appendPointer(error.instancePath, error.propertyName);
  if (error.keyword === 'required') return appendPointer(error.instancePath, String(params.missingProperty));
  if (error.keyword === 'additionalProperties') {
    return appendPointer(error.instancePath, String(params.additionalProperty));
  }
  if (error.keyword === 'discriminator') return appendPointer(error.instancePath, String(params.tag));
  return error.instancePath;
}

/**
 * The failed branches of an `anyOf` explain it better together than one by one: "needs one
 * of: min, max" instead of two "is required" lines and "must match a schema in anyOf".
 */
function describeAnyOf(branches: ErrorObject[]): string {
  const missing = branches.map((b) => (b.params as { missingProperty?: string }).missingProperty);
  if (missing.length > 0 && missing.every((m) => m !== undefined)) return `needs one of: ${missing.join(', ')}`;
  return 'does not match any allowed shape';
}

/**
 * Turns ajv errors into findings with a pointer to the offending value and a message that
 * says what to fix. Noise is dropped: the summary `propertyNames` error (its inner error names
 * the key), the discriminator's "tag must be string" (the `kind` type error says it), and
 * the branch errors of an `anyOf` (summarised on the `anyOf` itself).
 */
export function schemaFindings(errors: readonly ErrorObject[], ruleKinds: readonly string[]): CatalogFinding[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  const branchesOf = (anyOf: ErrorObject) =>
    errors.filter((e) => e.instancePath === anyOf.instancePath && e.schemaPath.startsWith(`${anyOf.schemaPath}/`));
  const branchErrors = new Set(anyOfs.flatMap(branchesOf));
  const findings: CatalogFinding[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (branchErrors.has(error) || error.keyword === 'propertyNames') continue;
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'discriminator' && params.error === 'tag') continue;
    let message = describe(error);
    let { code, params: wording } = codeOf(error);
    if (error.keyword === 'anyOf') {
      message = describeAnyOf(branchesOf(error));
      const missing = message.startsWith('needs one of: ') ? message.slice('needs one of: '.length) : '';
      ({ code, params: wording } = missing
        ? { code: 'schema_any_of_missing', params: { fields: missing } }
        : { code: 'schema_any_of', params: {} });
    }
    if (error.keyword === 'discriminator') {
      message = `must be one of: ${ruleKinds.join(', ')}`;
      ({ code, params: wording } = { code: 'schema_enum', params: { allowed: ruleKinds.join(', ') } });
    }
    if (error.propertyName !== undefined) {
      message = `key "${error.propertyName}" ${message}`;
      wording = { ...wording, key: error.propertyName };
    }
    const finding: CatalogFinding = { pointer: locate(error), message, code, params: wording };
    const key = `${finding.pointer}\n${finding.message}`;
    if (!seen.has(key)) findings.push(finding);
    seen.add(key);
  }
  return findings;
}

import Ajv, { type ErrorObject, type JSONSchemaType, type ValidateFunction } from 'ajv';
import type { RequestHandler } from 'express';
import type { ParamsDictionary } from 'express-serve-static-core';
import type { Violation } from '@shared/api';
import { invalidBody } from '@server/errors';

/** One ajv for request bodies; `additionalProperties: false` in our schemas refuses mass assignment. */
export const bodyAjv = new Ajv({ allErrors: true, strict: true, coerceTypes: false, useDefaults: false });

function enumHint(values: unknown[]): string {
  return values.length <= 12 ? `: ${values.join(', ')}` : '';
}

/** ajv errors as violations: data with a JSON pointer, never exceptions. */
export function ajvViolations(errors: ErrorObject[] | null | undefined): Violation[] {
  return (errors ?? []).map((e) => {
    const where = e.instancePath || '/';
    const extra =
      e.keyword === 'additionalProperties'
        ? ` (${JSON.stringify((e.params as { additionalProperty: string }).additionalProperty)} is not allowed)`
        : e.keyword === 'enum'
          ? enumHint((e.params as { allowedValues: unknown[] }).allowedValues)
          : '';
    return { code: `schema_${e.keyword}`, message: `${where} ${e.message ?? 'is invalid'}${extra}`, path: where };
  });
}

/**
 * Where the first `null` in a body is, as a JSON pointer relative to `value` ('' for `value`
 * itself), if any: no body of ours takes one. The pointer is built only on the way back from
 * a hit, not for every key of every body.
 */
function nullAt(value: unknown, depth = 0): string | undefined {
  if (value === null) return '';
  if (typeof value !== 'object' || depth > 64) return undefined;
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const hit = nullAt((value as Record<string, unknown>)[keys[i]], depth + 1);
    if (hit !== undefined) return `/${keys[i]}${hit}`;
  }
  return undefined;
}

/**
 * Checks `req.body` against a schema written over the body's type (compiled once) and hands
 * the handler that type as `req.body`: 400 invalid_body with every error. WHY nulls are refused
 * first: `JSONSchemaType` makes optional fields `nullable: true`, but no body of ours means
 * anything by `null`; a field is sent or left out.
 */
export function validateBody<T>(schema: JSONSchemaType<T>): RequestHandler<ParamsDictionary, unknown, T> {
  const check: ValidateFunction<T> = bodyAjv.compile(schema);
  return (req, _res, next) => {
    const body: unknown = req.body ?? null;
    const nul = body === null ? undefined : nullAt(body);
    if (nul !== undefined)
      return next(invalidBody([{ code: 'schema_type', message: `${nul} must not be null (leave it out)`, path: nul }]));
    if (check(body)) return next();
    next(invalidBody(ajvViolations(check.errors)));
  };
}

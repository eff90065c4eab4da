import Ajv, { type ErrorObject, type JSONSchemaType, type Schema, type ValidateFunction } from 'ajv';
import type { RequestHandler } from 'express';
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

/** Checks `req.body` against a JSON schema compiled once; 400 invalid_body with every error. */
export function validateBody<T>(schema: JSONSchemaType<T> | Schema): RequestHandler {
  const check: ValidateFunction = bodyAjv.compile(schema);
  return (req, _res, next) => {
    if (check(req.body ?? null)) return next();
    next(invalidBody(ajvViolations(check.errors)));
  };
}

import type { RequestHandler } from 'express';
import { PROBLEM_CODES } from '@shared/api';
import { API_ROUTES, type ApiRoute } from './apiRoutes';

const problem = {
  type: 'object',
  description: 'RFC 9457 problem details',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    code: { type: 'string', enum: [...PROBLEM_CODES] },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'message'],
        properties: { code: { type: 'string' }, message: { type: 'string' }, path: { type: 'string' } },
      },
    },
  },
};

/** A copy without ajv's `nullable` (not JSON Schema; validateBody refuses every null anyway). */
const jsonSchema = (s: object): object =>
  JSON.parse(JSON.stringify(s), (k, v: unknown) => (k === 'nullable' ? undefined : v));

const toOpenApiPath = (p: string) => p.replace(/:(\w+)/g, '{$1}');
const paramsOf = (p: string) => [...p.matchAll(/:(\w+)/g)].map((m) => m[1]!);

/** Query parameters, one per property of the query schema (every value one string). */
function queryParameters(query: object | undefined) {
  const props = (query as { properties?: Record<string, object> } | undefined)?.properties ?? {};
  return Object.entries(props).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    schema: jsonSchema(schema),
  }));
}

function operation(r: ApiRoute) {
  const errors = { $ref: '#/components/responses/Problem' };
  return {
    summary: r.summary,
    description: `Who: ${r.access}.`,
    operationId: `${r.method}${r.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
    parameters: [
      ...paramsOf(r.path).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      ...queryParameters(r.query),
      ...(r.ifMatch ? [{ name: 'If-Match', in: 'header', required: false, schema: { type: 'string' } }] : []),
    ],
    ...(r.body && {
      requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body) } } },
    }),
    ...(r.bodyType && {
      requestBody: { required: true, content: { [r.bodyType]: { schema: { type: 'string' } } } },
    }),
    responses: { '2XX': { description: 'Done' }, '4XX': errors, '5XX': errors },
  };
}

/**
 * The OpenAPI 3.1 description of the API, built from API_ROUTES and so from the same schema
 * objects the routes validate with (JSON Schema, as OpenAPI 3.1 takes it).
 */
export function openApiDocument(): object {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of API_ROUTES) (paths[toOpenApiPath(r.path)] ??= {})[r.method] = operation(r);
  return {
    openapi: '3.1.0',
    info: { title: 'Prosumer API', version: '1', description: 'Product configurator and co-design service.' },
    jsonSchemaDialect: 'http://json-schema.org/draft-07/schema#',
    paths,
    components: {
      schemas: { Problem: problem },
      responses: {
        Problem: {
          description: 'A problem (RFC 9457) with a stable code',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        },
      },
    },
  };
}

let cached: string | undefined;

/** GET /api/openapi.json: the document, built once per process. */
export const openApiRoute: RequestHandler = (_req, res) => {
  cached ??= JSON.stringify(openApiDocument());
  res.type('application/json').set('Cache-Control', 'public, max-age=300').send(cached);
};

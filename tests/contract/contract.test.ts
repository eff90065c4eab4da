import { Validator } from '@seriousme/openapi-schema-validator';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PROBLEM_CODES } from '@shared/api';
import { API_ROUTES, type ApiRoute } from '@server/openapi/apiRoutes';
import { Client } from '@tests/setup/http';
import type { TestServer } from '@tests/setup/server';
import {
  admin,
  moderator,
  published,
  saved,
  muesliDraft,
  shopper,
  startWorkflowServer,
} from '@tests/moderation-workflow/helpers';
import { merchandiser } from '@tests/merchandising/helpers';
import { mutated, oddString, valid } from './fromSchema';
import { servedRoutes } from './servedRoutes';

let server: TestServer;
let roles: Record<string, Client>;
/** Values for each path parameter: real ids of things that exist, ids of nothing, junk. */
let params: Record<string, string[]>;

beforeAll(async () => {
  server = await startWorkflowServer();
  const [owner, mod, merch, victim] = await Promise.all([
    shopper(server.url, 'Olga'),
    moderator(server.url, 'Mia'),
    merchandiser(server.url, 'Merle'),
    shopper(server.url, 'Victor'),
  ]);
  const publicId = await published(server.url, owner, mod);
  const privateId = (await saved(owner, await muesliDraft(server.url))).id;
  await merch.client.post('/api/admin/catalogs', { fromCatalog: 'label' });
  roles = {
    visitor: new Client(server.url),
    shopper: owner.client,
    moderator: mod.client,
    merchandiser: merch.client,
    admin: await admin(server.url),
  };
  const junk = ['AAAAAAAAAAAAAAAA', 'x', '%24where', '..%2F..', 'x'.repeat(300), '%F0%9F%A5%A3'];
  params = {
    designs: [publicId, privateId, ...junk],
    users: [victim.id, ...junk],
    catalogs: ['muesli', 'label', 'burger', ...junk],
    version: ['1', '2', '0', '-1', '1e3', 'abc'],
  };
}, 120_000);
afterAll(() => server.stop());

test('GET /api/openapi.json is a valid OpenAPI 3.1 document with every route', async () => {
  const res = await new Client(server.url).get('/api/openapi.json');
  expect(res.status).toBe(200);
  const result = await new Validator().validate(res.json);
  expect(result.errors ?? []).toEqual([]);
  expect(result.valid).toBe(true);
  expect(res.json.openapi).toBe('3.1.0');
  expect(
    res.json.paths['/api/designs/{id}'].patch.requestBody.content['application/json'].schema.properties,
  ).toHaveProperty('selections');
  const operations = Object.values(res.json.paths as Record<string, object>).flatMap((p) => Object.keys(p));
  expect(operations).toHaveLength(API_ROUTES.length);
});

/** A route path with its parameters filled from `params`, one per `pick`. */
function pathOf(route: ApiRoute, pick: number): string {
  return route.path.replace(/:(\w+)/g, (_m, name: string, offset: number) => {
    const before = route.path.slice(0, offset);
    const kind =
      name === 'version'
        ? 'version'
        : before.includes('/users')
          ? 'users'
          : before.includes('catalogs')
            ? 'catalogs'
            : 'designs';
    const values = params[kind]!;
    return values[pick % values.length]!;
  });
}

const apiNotFound = (route: ApiRoute, path: string) =>
  `${route.method.toUpperCase()} ${path.split('?')[0]} was not found.`;

test('every route in the registry is served (none answers "no such route")', async () => {
  for (const route of API_ROUTES) {
    const path = pathOf(route, 0);
    const res = await roles.admin!.request(route.method.toUpperCase(), path, route.body ? {} : undefined);
    expect(res.json?.detail, `${route.method} ${route.path}`).not.toBe(apiNotFound(route, path));
  }
});

test('every API route the app serves is in the registry, so the document cannot fall behind the code', () => {
  const listed = new Set(API_ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path}`));
  const served = servedRoutes(server.app).filter((r) => r.split(' ')[1]!.startsWith('/api/'));
  expect(served.length).toBeGreaterThan(40);
  expect(served.filter((r) => !listed.has(r))).toEqual([]);
});

/** Answers as the contract says: never 5xx; every 4xx a problem with a stable code. */
function expectContract(
  route: ApiRoute,
  res: { status: number; headers: Headers; json: { code?: string } | undefined; text: string },
) {
  const where = `${route.method} ${route.path} → ${res.status} ${res.text.slice(0, 300)}`;
  expect(res.status, where).toBeLessThan(500);
  if (res.status >= 400) {
    expect(String(res.headers.get('content-type')), where).toMatch(/^application\/problem\+json/);
    expect(PROBLEM_CODES as readonly (string | undefined)[], where).toContain(res.json?.code);
  }
}

/** Percent-encoded; a lone surrogate goes out as the raw bytes a broken client would send. */
const encodeQuery = (q: string) => {
  try {
    return encodeURIComponent(q);
  } catch {
    return '%ED%A0%80';
  }
};

const RUNS = Number(process.env.CONTRACT_RUNS ?? 3);
// Logout ends the session the other requests of that role need: it is sent by a fresh visitor.
const fuzzed = API_ROUTES.filter((r) => r.path !== '/api/auth/logout');

describe.each(['visitor', 'shopper', 'moderator', 'merchandiser', 'admin'])('as %s', (role) => {
  test.each(fuzzed.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))(
    '%s: no 5xx, problems with codes',
    async (_name, route) => {
      const client = roles[role]!;
      const body = route.body
        ? fc.oneof(valid(route.body), mutated(route.body))
        : route.method === 'get'
          ? fc.constant(undefined)
          : fc.oneof(fc.constant(undefined), oddString, fc.jsonValue({ maxDepth: 2 }));
      const headers = fc.constantFrom<Record<string, string>>(
        {},
        { 'if-match': '"1"' },
        { 'if-match': 'junk' },
        { 'content-type': 'text/csv' },
      );
      await fc.assert(
        fc.asyncProperty(body, fc.nat(), headers, oddString, async (b, pick, h, odd) => {
          // URLs past Node's 16 kB header limit get Node's own 431 before the app sees them.
          const q = odd.slice(0, 2000);
          const query =
            route.method === 'get' && pick % 3 === 0
              ? `?cursor=${encodeQuery(q)}&limit=${pick}&email=${encodeQuery(q.slice(0, 50))}`
              : '';
          const res = await client.request(
            route.method.toUpperCase(),
            pathOf(route, pick) + query,
            // A text body: any generated value as text (objects as JSON, which has no toString trap).
            route.bodyType ? (typeof b === 'string' ? b : (JSON.stringify(b) ?? '')) : b,
            route.bodyType ? { ...h, 'content-type': 'text/csv' } : h,
          );
          expectContract(route, res);
        }),
        { numRuns: RUNS },
      );
    },
  );
});

test('malformed, deep and hostile raw bodies on every route with a body: 4xx problems', async () => {
  const raw = [
    '{',
    '{"selections":[',
    '[1,2',
    '{"__proto__":{"admin":true}}',
    '{"constructor":{"prototype":{"x":1}}}',
    '['.repeat(5000) + ']'.repeat(5000),
    '{"a":"\\u0000"}',
    'null',
    '"text"',
    '1e999999',
  ];
  for (const route of API_ROUTES.filter((r) => r.body))
    for (const role of ['visitor', 'admin'])
      for (const text of raw)
        expectContract(route, await roles[role]!.request(route.method.toUpperCase(), pathOf(route, 0), text));
  expectContract(
    API_ROUTES.find((r) => r.path === '/api/auth/logout')!,
    await new Client(server.url).post('/api/auth/logout', '{'),
  );
});

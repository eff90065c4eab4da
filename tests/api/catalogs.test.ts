import { afterAll, beforeAll, expect, test } from 'vitest';
import { Client } from '@tests/setup/http';
import { startTestServer, type TestServer } from '@tests/setup/server';

let server: TestServer;
let c: Client;
beforeAll(async () => {
  server = await startTestServer();
  c = new Client(server.url);
});
afterAll(() => server.stop());

test('health answers ok when the database does', async () => {
  const res = await c.get('/api/health');
  expect(res.status).toBe(200);
  expect(res.json).toEqual({ status: 'ok', db: 'ok' });
});

test('the three seed catalogs are published', async () => {
  const res = await c.get('/api/catalogs');
  expect(res.status).toBe(200);
  expect(res.json.map((x: { id: string }) => x.id)).toEqual(['burger', 'label', 'muesli']);
  for (const s of res.json)
    expect(s).toMatchObject({ id: expect.any(String), name: { de: expect.any(String) }, version: expect.any(Number) });
});

test('a catalog has its groups and options; a version can be fetched by number', async () => {
  const latest = await c.get('/api/catalogs/muesli');
  expect(latest.json.options.length).toBeGreaterThanOrEqual(80);
  expect(latest.json.groups.length).toBeGreaterThanOrEqual(6);
  const pinned = await c.get(`/api/catalogs/muesli/versions/${latest.json.version}`);
  expect(pinned.json).toEqual(latest.json);
  expect((await c.get('/api/catalogs/muesli/versions/999')).status).toBe(404);
});

test('validate returns errors and server totals, in the requested language', async () => {
  const de = await c.post('/api/catalogs/muesli/validate', { selections: [] });
  expect(de.status).toBe(200);
  expect(de.json.valid).toBe(false);
  expect(de.json.totals).toMatchObject({ priceCents: expect.any(Number), weightGrams: 0 });
  const en = await c.post('/api/catalogs/muesli/validate', { selections: [] }, { 'accept-language': 'en-GB,en;q=0.9' });
  expect(en.json.errors[0].code).toBe(de.json.errors[0].code);
  expect(en.json.errors[0].message).not.toBe(de.json.errors[0].message);
});

test('validate reports unknown options as errors and refuses a mismatched catalog id', async () => {
  const res = await c.post('/api/catalogs/muesli/validate', {
    selections: [{ optionId: 'no-such-thing', quantity: 1 }],
  });
  expect(res.status).toBe(200);
  expect(res.json.valid).toBe(false);
  expect((await c.post('/api/catalogs/muesli/validate', { catalogId: 'burger', selections: [] })).status).toBe(400);
  expect((await c.post('/api/catalogs/muesli/validate', { selections: 'all' })).status).toBe(400);
});

test('a null anywhere in a body is a 400 naming where it is; a $ key deep inside too', async () => {
  const nested = await c.post('/api/catalogs/muesli/validate', {
    selections: [
      { optionId: 'haferflocken-kernig', quantity: 1 },
      { optionId: 'mandeln', quantity: null },
    ],
  });
  expect(nested.status).toBe(400);
  expect(nested.json.code).toBe('invalid_body');
  expect(nested.json.errors).toEqual([
    {
      code: 'schema_type',
      message: '/selections/1/quantity must not be null (leave it out)',
      path: '/selections/1/quantity',
    },
  ]);
  const top = await c.post('/api/catalogs/muesli/validate', { name: null, selections: [] });
  expect(top.status).toBe(400);
  expect(top.json.errors[0].path).toBe('/name');
  const operator = await c.post('/api/catalogs/muesli/validate', {
    selections: [{ optionId: 'mandeln', quantity: 1, texts: [{ a: { $gt: '' } }] }],
  });
  expect(operator.status).toBe(400);
  expect(operator.json.detail).toMatch(/"\$gt" is not allowed/);
});

test('guidance tells for every option whether it can be added', async () => {
  const res = await c.post('/api/catalogs/muesli/guidance', { selections: [] });
  expect(res.status).toBe(200);
  const catalog = (await c.get('/api/catalogs/muesli')).json;
  expect(Object.keys(res.json.options).sort()).toEqual(catalog.options.map((o: { id: string }) => o.id).sort());
  const soldOut = catalog.options.find((o: { inStock: boolean }) => !o.inStock);
  if (soldOut) expect(res.json.options[soldOut.id].available).toBe(false);
});

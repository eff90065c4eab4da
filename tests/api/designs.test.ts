import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Catalog, DesignDraft } from '@shared/catalog/types';
import { Client } from '@tests/setup/http';
import { startTestServer, type TestServer } from '@tests/setup/server';

let server: TestServer;
let muesli: Catalog;

/** A valid muesli: one portion of the first base in stock, one of the first fruit in stock. */
function validDraft(): DesignDraft {
  const pick = (group: string) => muesli.options.find((o) => o.groupId === group && o.inStock)!;
  return {
    catalogId: 'muesli',
    name: 'Omas Frühstück',
    selections: [
      { optionId: pick('base').id, quantity: 2 },
      { optionId: pick('fruits').id, quantity: 1 },
    ],
  };
}

beforeAll(async () => {
  server = await startTestServer();
  muesli = (await new Client(server.url).get('/api/catalogs/muesli')).json;
});
afterAll(() => server.stop());

describe('designs', () => {
  test('a guest saves a design; the server computes the totals and pins the version', async () => {
    const alice = new Client(server.url);
    const draft = validDraft();
    const res = await alice.post('/api/designs', draft);
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/designs/${res.json.id}`);
    expect(res.json).toMatchObject({
      catalogId: 'muesli',
      catalogVersion: muesli.version,
      name: 'Omas Frühstück',
      status: 'private',
      editable: true,
    });
    const [base, fruit] = draft.selections.map((s) => muesli.options.find((o) => o.id === s.optionId)!);
    expect(res.json.totals.priceCents).toBe(muesli.basePriceCents + 2 * base.priceCents + fruit.priceCents);
    expect(res.json.totals.weightGrams).toBe(2 * base.weightGrams + fruit.weightGrams);

    const again = await alice.get(`/api/designs/${res.json.id}`);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(res.json);
    const list = await alice.get('/api/designs');
    expect(list.json.map((d: { id: string }) => d.id)).toEqual([res.json.id]);
  });

  test('totals sent by a client are refused, never trusted', async () => {
    const res = await new Client(server.url).post('/api/designs', { ...validDraft(), totals: { priceCents: 1 } });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('invalid_body');
  });

  test('an invalid design is refused with the rule errors and nothing is stored', async () => {
    const bob = new Client(server.url);
    const noBase = { ...validDraft(), selections: validDraft().selections.slice(1) };
    const res = await bob.post('/api/designs', noBase);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(res.json.code).toBe('invalid_design');
    expect(res.json.errors.length).toBeGreaterThan(0);
    expect((await bob.get('/api/designs')).json).toEqual([]);
  });

  test('unknown catalog and unknown design answer 404', async () => {
    const c = new Client(server.url);
    expect((await c.post('/api/designs', { ...validDraft(), catalogId: 'nope' })).status).toBe(404);
    expect((await c.get('/api/designs/AAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await c.get('/api/catalogs/nope')).json.code).toBe('not_found');
  });

  test('another session may not read, change or delete a private design', async () => {
    const owner = new Client(server.url);
    const id = (await owner.post('/api/designs', validDraft())).json.id;
    const stranger = new Client(server.url);
    expect((await stranger.get(`/api/designs/${id}`)).status).toBe(403);
    expect((await stranger.patch(`/api/designs/${id}`, { name: 'mine now' })).status).toBe(403);
    expect((await stranger.delete(`/api/designs/${id}`)).status).toBe(403);
    expect((await owner.get(`/api/designs/${id}`)).json.name).toBe('Omas Frühstück');
  });

  test('the owner patches and deletes; a patch is re-validated', async () => {
    const owner = new Client(server.url);
    const created = (await owner.post('/api/designs', validDraft())).json;
    const renamed = await owner.patch(`/api/designs/${created.id}`, { name: 'Neu' });
    expect(renamed.status).toBe(200);
    expect(renamed.json.name).toBe('Neu');
    const broken = await owner.patch(`/api/designs/${created.id}`, { selections: [] });
    expect(broken.status).toBe(422);
    expect((await owner.get(`/api/designs/${created.id}`)).json.selections).toEqual(created.selections);
    expect((await owner.patch(`/api/designs/${created.id}`, { status: 'public' })).status).toBe(400);
    expect((await owner.delete(`/api/designs/${created.id}`)).status).toBe(204);
    expect((await owner.get(`/api/designs/${created.id}`)).status).toBe(404);
  });
});

describe('bad input', () => {
  test('a tab holding an older revision cannot overwrite a newer save: 412, nothing changes', async () => {
    const owner = new Client(server.url);
    const created = await owner.post('/api/designs', validDraft());
    const id = created.json.id;
    expect(created.json.revision).toBe(0);
    const read = await owner.get(`/api/designs/${id}`);
    expect(read.headers.get('etag')).toBe('"0"');
    // Tab 1 saves with the ETag it read: 200, a new revision and ETag.
    const first = await owner.patch(`/api/designs/${id}`, { name: 'Tab eins' }, { 'If-Match': '"0"' });
    expect(first.status).toBe(200);
    expect(first.json.revision).toBe(1);
    expect(first.headers.get('etag')).toBe('"1"');
    // Tab 2 still holds revision 0: refused, and the newer save stays.
    const stale = await owner.patch(`/api/designs/${id}`, { name: 'Tab zwei' }, { 'If-Match': '"0"' });
    expect(stale.status).toBe(412);
    expect(stale.json.code).toBe('precondition_failed');
    expect(stale.headers.get('content-type')).toMatch(/problem\+json/);
    expect(stale.json.detail).toMatch(/reload/);
    const unreadable = await owner.patch(`/api/designs/${id}`, { name: 'Tab drei' }, { 'If-Match': 'gibberish' });
    expect(unreadable.status).toBe(412);
    const now = (await owner.get(`/api/designs/${id}`)).json;
    expect(now).toMatchObject({ name: 'Tab eins', revision: 1 });
    // Older clients send no If-Match: still accepted.
    expect((await owner.patch(`/api/designs/${id}`, { name: 'Ohne' })).json).toMatchObject({
      name: 'Ohne',
      revision: 2,
    });
  });

  test('malformed JSON is a 400 problem', async () => {
    const res = await new Client(server.url).post('/api/designs', '{"catalogId": "muesli",');
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('malformed_json');
  });

  test('a body over the limit is a 413 problem', async () => {
    const res = await new Client(server.url).post('/api/designs', { ...validDraft(), name: 'x'.repeat(100_000) });
    expect(res.status).toBe(413);
    expect(res.json.code).toBe('payload_too_large');
  });

  test('a form body is a 415 problem', async () => {
    const res = await new Client(server.url).post('/api/designs', 'catalogId=muesli', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(415);
  });

  test('MongoDB operators in a body are refused', async () => {
    const res = await new Client(server.url).post('/api/designs', { ...validDraft(), name: { $ne: null } });
    expect(res.status).toBe(400);
    const nested = await new Client(server.url).post('/api/catalogs/muesli/validate', {
      selections: [],
      texts: { 'a.b': 'x' },
    });
    expect(nested.status).toBe(400);
  });

  test('an unknown API route is a 404 problem', async () => {
    const res = await new Client(server.url).get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });
});

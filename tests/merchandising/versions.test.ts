import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Client } from '@tests/setup/http';
import type { TestServer } from '@tests/setup/server';
import type { Person } from '@tests/moderation-workflow/helpers';
import { merchandiser, shopper, startWorkflowServer } from './helpers';

let server: TestServer;
let merch: Person;
const BASE = '/api/admin/catalogs/label';
const patch = (ops: unknown, revision: number) =>
  merch.client.patch(`${BASE}/draft`, ops, { 'if-match': `"${revision}"` });

beforeAll(async () => {
  server = await startWorkflowServer();
  merch = await merchandiser(server.url, 'Merle');
});
afterAll(() => server.stop());

describe('versions, diff, publish with a note, new draft from version N', () => {
  test('roles: signed out 401, a shopper 403', async () => {
    const sam = await shopper(server.url, 'Sam');
    for (const path of [`${BASE}/versions`, `${BASE}/diff`]) {
      expect((await new Client(server.url).get(path)).status).toBe(401);
      expect((await sam.client.get(path)).status).toBe(403);
    }
    expect((await sam.client.post(`${BASE}/publish`, { note: 'x' })).status).toBe(403);
  });

  test('the seeded version is listed with its counts; unknown catalogs 404; no draft → diff 404', async () => {
    const res = await merch.client.get(`${BASE}/versions`);
    expect(res.status).toBe(200);
    expect(res.json).toHaveLength(1);
    expect(res.json[0]).toMatchObject({
      version: 1,
      publishedBy: null,
      note: '',
      counts: { options: expect.any(Number) },
    });
    expect((await merch.client.get('/api/admin/catalogs/nothing/versions')).status).toBe(404);
    expect((await merch.client.get(`${BASE}/diff`)).status).toBe(404);
  });

  test('the diff names changed fields old → new, added and removed options', async () => {
    const start = await merch.client.post('/api/admin/catalogs', { fromCatalog: 'label' });
    expect(start.status).toBe(201);
    const first = start.json.draft.options[0];
    const copy = { ...start.json.draft.options[1], id: 'new-option', name: { de: 'Neu', en: 'New' } };
    const ops = [
      { op: 'replace', path: '/options/0/priceCents', value: first.priceCents + 50 },
      { op: 'add', path: '/options/-', value: copy },
    ];
    const saved = await patch(ops, start.json.revision);
    expect(saved.status, saved.text).toBe(200);
    const diff = await merch.client.get(`${BASE}/diff`);
    expect(diff.status).toBe(200);
    expect(diff.json).toMatchObject({ fromVersion: 1, toVersion: 2, empty: false, revision: saved.json.revision });
    expect(diff.json.options.changed).toEqual([
      expect.objectContaining({
        id: first.id,
        fields: [{ field: 'priceCents', before: first.priceCents, after: first.priceCents + 50 }],
      }),
    ]);
    expect(diff.json.options.added).toEqual([{ id: 'new-option', name: { de: 'Neu', en: 'New' } }]);
    expect(diff.json.options.removed).toEqual([]);
  });

  test('publish takes an optional note (bad bodies 400, nothing published); the history shows who, when, note', async () => {
    const { revision } = (await merch.client.get(`${BASE}/draft`)).json;
    for (const bad of [{ note: 5 }, { note: 'x'.repeat(501) }, { other: 1 }, []])
      expect((await merch.client.post(`${BASE}/publish`, bad, { 'if-match': `"${revision}"` })).status).toBe(400);
    expect((await merch.client.get(`${BASE}/versions`)).json).toHaveLength(1);
    const res = await merch.client.post(
      `${BASE}/publish`,
      { note: 'Preis angepasst' },
      { 'if-match': `"${revision}"` },
    );
    expect(res.status, res.text).toBe(200);
    expect(res.json).toEqual({ version: 2 });
    const versions = (await merch.client.get(`${BASE}/versions`)).json;
    expect(versions[0]).toMatchObject({
      version: 2,
      note: 'Preis angepasst',
      publishedBy: { id: merch.id, displayName: 'Merle' },
    });
    expect(versions[0].counts.options).toBe(versions[1].counts.options + 1);
  });

  test('a new draft from version 1 is numbered 3 and holds version 1’s options: a rollback', async () => {
    const v1 = (await merch.client.get(`${BASE}/versions`)).json.at(-1);
    expect((await merch.client.post('/api/admin/catalogs', { fromCatalog: 'label', fromVersion: 99 })).status).toBe(
      404,
    );
    expect((await merch.client.post('/api/admin/catalogs', { fromCatalog: 'label', fromVersion: 'x' })).status).toBe(
      400,
    );
    const res = await merch.client.post('/api/admin/catalogs', { fromCatalog: 'label', fromVersion: 1 });
    expect(res.status, res.text).toBe(201);
    expect(res.json.draft.version).toBe(3);
    expect(res.json.draft.options).toHaveLength(v1.counts.options);
    expect(res.json.errors).toEqual([]);
    const diff = (await merch.client.get(`${BASE}/diff`)).json;
    expect(diff.options.removed).toEqual([{ id: 'new-option', name: { de: 'Neu', en: 'New' } }]);
  });
});

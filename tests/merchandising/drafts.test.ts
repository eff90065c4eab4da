import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Catalog } from '@shared/catalog/types';
import { Client } from '@tests/setup/http';
import type { TestServer } from '@tests/setup/server';
import type { Person } from '@tests/moderation-workflow/helpers';
import {
  admin,
  merchandiser,
  moderator,
  muesliDraft,
  published,
  putDraft,
  saved,
  shopper,
  startWorkflowServer,
} from './helpers';

let server: TestServer;
let merch: Person;
beforeAll(async () => {
  server = await startWorkflowServer();
  merch = await merchandiser(server.url);
});
afterAll(() => server.stop());

describe('authorisation', () => {
  const ROUTES: [string, string, unknown?][] = [
    ['GET', '/api/admin/catalogs'],
    ['POST', '/api/admin/catalogs', { fromCatalog: 'burger' }],
    ['GET', '/api/admin/catalogs/burger/draft'],
    ['PUT', '/api/admin/catalogs/burger/draft', { id: 'burger' }],
    ['GET', '/api/admin/catalogs/burger/draft/options.csv'],
    ['GET', '/api/admin/catalogs/burger/impact'],
    ['POST', '/api/admin/catalogs/burger/publish'],
  ];

  test('signed out 401; a shopper and an admin without the role 403; nothing is created', async () => {
    const shopperClient = (await shopper(server.url, 'Sam')).client;
    const adminClient = await admin(server.url);
    for (const [method, path, body] of ROUTES) {
      expect((await new Client(server.url).request(method, path, body)).status, `${method} ${path}`).toBe(401);
      expect((await shopperClient.request(method, path, body)).status, `${method} ${path}`).toBe(403);
      expect((await adminClient.request(method, path, body)).status, `${method} ${path}`).toBe(403);
    }
    const csv = await new Client(server.url).put('/api/admin/catalogs/burger/draft/options.csv', 'id\r\n', {
      'content-type': 'text/csv',
    });
    expect(csv.status).toBe(401);
    expect((await merch.client.get('/api/admin/catalogs/burger/draft')).status).toBe(404);
  });

  test('only merchandisers may send large bodies: others are refused before the body is read', async () => {
    // Over the editor's 1 MB limit: read first, this would be 413; refused first, it is 401 / 403.
    const big = { filler: 'x'.repeat(1_500_000) };
    const anon = await new Client(server.url).put('/api/admin/catalogs/label/draft', big, { 'if-match': '"1"' });
    expect(anon.status).toBe(401);
    const shopperClient = (await shopper(server.url, 'Sue')).client;
    expect((await shopperClient.put('/api/admin/catalogs/label/draft', big, { 'if-match': '"1"' })).status).toBe(403);
  });
});

describe('drafts', () => {
  test('lists every catalog with its newest version and whether a draft exists', async () => {
    const res = await merch.client.get('/api/admin/catalogs');
    expect(res.status).toBe(200);
    const muesli = res.json.find((r: { id: string }) => r.id === 'muesli');
    expect(muesli).toMatchObject({ id: 'muesli', publishedVersion: expect.any(Number), hasDraft: false });
  });

  test('a new catalog: an empty draft, 409 for an id in use; the list shows it', async () => {
    const res = await merch.client.post('/api/admin/catalogs', { id: 'pizza', name: { de: 'Pizza', en: 'Pizza' } });
    expect(res.status, res.text).toBe(201);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.json.draft).toMatchObject({ id: 'pizza', version: 1, options: [], name: { de: 'Pizza' } });
    expect(Array.isArray(res.json.errors)).toBe(true);
    expect((await merch.client.post('/api/admin/catalogs', { id: 'pizza', name: { de: 'P', en: 'P' } })).status).toBe(
      409,
    );
    expect((await merch.client.post('/api/admin/catalogs', { id: 'muesli', name: { de: 'M', en: 'M' } })).status).toBe(
      409,
    );
    expect((await merch.client.post('/api/admin/catalogs', { id: 'Bad Id!', name: { de: 'x', en: 'x' } })).status).toBe(
      400,
    );
    const list = (await merch.client.get('/api/admin/catalogs')).json;
    expect(list.find((r: { id: string }) => r.id === 'pizza')).toMatchObject({
      publishedVersion: null,
      hasDraft: true,
    });
  });

  test('from an existing catalog: the newest version numbered as the next; a second start is 409', async () => {
    const current: Catalog = (await new Client(server.url).get('/api/catalogs/label')).json;
    const res = await merch.client.post('/api/admin/catalogs', { fromCatalog: 'label' });
    expect(res.status, res.text).toBe(201);
    expect(res.json.draft).toEqual({ ...current, version: current.version + 1 });
    expect(res.json.errors).toEqual([]);
    expect((await merch.client.post('/api/admin/catalogs', { fromCatalog: 'label' })).status).toBe(409);
    expect((await merch.client.post('/api/admin/catalogs', { fromCatalog: 'nothing' })).status).toBe(404);
  });

  test('GET sends the revision as ETag; PUT needs If-Match: missing 428, stale 412 and nothing changes', async () => {
    const got = await merch.client.get('/api/admin/catalogs/label/draft');
    expect(got.status).toBe(200);
    const etag = got.headers.get('etag')!;
    const revision = got.json.revision as number;
    expect(etag).toBe(`"${revision}"`);
    const body = { ...got.json.draft, basePriceCents: 123 };

    const missing = await merch.client.put('/api/admin/catalogs/label/draft', body);
    expect(missing.status).toBe(428);
    expect(missing.json.code).toBe('precondition_required');
    expect(missing.headers.get('content-type')).toMatch(/problem\+json/);

    const ok = await putDraft(merch.client, 'label', body, revision);
    expect(ok.status, ok.text).toBe(200);
    expect(ok.json.revision).toBe(revision + 1);
    expect(ok.headers.get('etag')).toBe(`"${revision + 1}"`);
    expect(ok.json.draft.basePriceCents).toBe(123);

    const stale = await putDraft(merch.client, 'label', { ...body, basePriceCents: 999 }, revision);
    expect(stale.status).toBe(412);
    expect((await putDraft(merch.client, 'label', body, 'junk')).status).toBe(412);
    const after = await merch.client.get('/api/admin/catalogs/label/draft');
    expect(after.json.revision).toBe(revision + 1);
    expect(after.json.draft.basePriceCents).toBe(123);
  });

  test('two PUTs with the same If-Match at once: exactly one 200, one 412', async () => {
    for (let round = 0; round < 3; round++) {
      const { revision, draft } = (await merch.client.get('/api/admin/catalogs/label/draft')).json;
      const [a, b] = await Promise.all([
        putDraft(merch.client, 'label', { ...draft, basePriceCents: 1000 + round }, revision),
        putDraft(merch.client, 'label', { ...draft, basePriceCents: 2000 + round }, revision),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 412]);
      const winner = a.status === 200 ? a : b;
      const after = (await merch.client.get('/api/admin/catalogs/label/draft')).json;
      expect(after.revision).toBe(revision + 1);
      expect(after.draft.basePriceCents).toBe(winner.json.draft.basePriceCents);
    }
  });

  test('an invalid draft is saved, with every error and its JSON pointer', async () => {
    const { revision, draft } = (await merch.client.get('/api/admin/catalogs/label/draft')).json;
    const options = structuredClone(draft.options);
    options[0].priceCents = -5;
    options[1].groupId = 'no-such-group';
    const res = await putDraft(merch.client, 'label', { ...draft, options, id: 'other' }, revision);
    expect(res.status, res.text).toBe(200);
    const pointers = res.json.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toContain('/id');
    expect(pointers.some((p: string) => p.startsWith('/options/0'))).toBe(true);
    expect(res.json.errors.every((e: { message: string }) => e.message.length > 0)).toBe(true);
    // Put it right again for the tests below.
    const fixed = await putDraft(merch.client, 'label', draft, res.json.revision);
    expect(fixed.json.errors).toEqual([]);
  });

  test('the body must be a JSON object without $ or . keys; up to 1 MB is accepted', async () => {
    const { revision, draft } = (await merch.client.get('/api/admin/catalogs/label/draft')).json;
    expect((await putDraft(merch.client, 'label', [1, 2], revision)).status).toBe(400);
    expect((await putDraft(merch.client, 'label', { ...draft, $where: 'x' }, revision)).status).toBe(400);
    expect((await putDraft(merch.client, 'label', { ...draft, 'a.b': 1 }, revision)).status).toBe(400);
    let deep: unknown = { ok: 1 };
    for (let i = 0; i < 40; i++) deep = { d: deep };
    expect((await putDraft(merch.client, 'label', { ...draft, deep }, revision)).status).toBe(400);
    const text = await merch.client.put('/api/admin/catalogs/label/draft', 'id,name', {
      'content-type': 'text/csv',
      'if-match': `"${revision}"`,
    });
    expect(text.status).toBe(415);
    const big = { ...draft, description: { de: 'x'.repeat(200_000), en: 'y' } };
    const res = await putDraft(merch.client, 'label', big, revision);
    expect(res.status, res.text).toBe(200);
    const tooBig = { ...draft, description: { de: 'x'.repeat(1_100_000), en: 'y' } };
    expect((await putDraft(merch.client, 'label', tooBig, res.json.revision)).status).toBe(413);
    expect((await putDraft(merch.client, 'label', draft, res.json.revision)).status).toBe(200);
  });
});

describe('impact and publish', () => {
  let owner: Person;
  let mod: Person;
  let muesli: Catalog;
  let publicId: string;
  let privateId: string;
  let fineId: string;
  let usedOption: string;
  beforeAll(async () => {
    owner = await shopper(server.url, 'Olga');
    mod = await moderator(server.url, 'Mo');
    muesli = (await new Client(server.url).get('/api/catalogs/muesli')).json;
    const draft = await muesliDraft(server.url, 'Öffentlich');
    usedOption = draft.selections[1]!.optionId;
    publicId = await published(server.url, owner, mod, 'Öffentlich');
    privateId = (await saved(owner, await muesliDraft(server.url, 'Privat'))).id;
    const otherFruit = muesli.options.find((o) => o.groupId === 'fruits' && o.inStock && o.id !== usedOption)!;
    fineId = (
      await saved(owner, {
        ...draft,
        name: 'Anders',
        selections: [draft.selections[0]!, { optionId: otherFruit.id, quantity: 1 }],
      })
    ).id;
  });

  test('impact lists the saved designs that removing an option they use would break, public ones counted', async () => {
    const start = await merch.client.post('/api/admin/catalogs', { fromCatalog: 'muesli' });
    expect(start.status, start.text).toBe(201);
    const draft = start.json.draft as Catalog;
    const withoutOption = { ...draft, options: draft.options.filter((o) => o.id !== usedOption) };
    const put = await putDraft(merch.client, 'muesli', withoutOption, start.json.revision);
    expect(put.status, put.text).toBe(200);
    expect(put.json.errors).toEqual([]);

    const res = await merch.client.get('/api/admin/catalogs/muesli/impact');
    expect(res.status, res.text).toBe(200);
    expect(res.json.truncated).toBe(false);
    expect(res.json.checked).toBeGreaterThanOrEqual(3);
    const ids = res.json.broken.map((b: { designId: string }) => b.designId);
    expect(ids).toContain(publicId);
    expect(ids).toContain(privateId);
    expect(ids).not.toContain(fineId);
    expect(res.json.brokenPublic).toBeGreaterThanOrEqual(1);
    const pub = res.json.broken.find((b: { designId: string }) => b.designId === publicId);
    expect(pub).toMatchObject({ name: 'Öffentlich', status: 'public' });
    expect(pub.errors[0]).toEqual({ code: expect.any(String), message: expect.any(String) });
  });

  test('impact includes a design saved a moment ago and leaves out one deleted a moment ago', async () => {
    const listed = async () => {
      const impact = (await merch.client.get('/api/admin/catalogs/muesli/impact')).json;
      return { asOf: impact.asOf as string, ids: (impact.broken as { designId: string }[]).map((b) => b.designId) };
    };
    const before = await listed();
    const fresh = (await saved(owner, await muesliDraft(server.url, 'Gerade eben'))).id;
    const after = await listed();
    expect(after.ids).toContain(fresh);
    expect(Date.parse(after.asOf)).toBeGreaterThan(Date.parse(before.asOf));
    expect((await owner.client.delete(`/api/designs/${fresh}`)).status).toBe(204);
    expect((await listed()).ids).not.toContain(fresh);
  });

  test('publish is refused while the draft has errors (422 with them)', async () => {
    const { revision, draft } = (await merch.client.get('/api/admin/catalogs/muesli/draft')).json;
    const broken = await putDraft(merch.client, 'muesli', { ...draft, basePriceCents: 'free' }, revision);
    expect(broken.json.errors.length).toBeGreaterThan(0);
    const res = await merch.client.post('/api/admin/catalogs/muesli/publish');
    expect(res.status).toBe(422);
    expect(res.json.code).toBe('invalid_catalog');
    expect(res.json.errors.some((e: { path: string }) => e.path === '/basePriceCents')).toBe(true);
    expect((await merch.client.get('/api/admin/catalogs/muesli/impact')).status).toBe(422);
    expect((await putDraft(merch.client, 'muesli', draft, broken.json.revision)).status).toBe(200);
  });

  test('publish is refused when the rules are too hard to search (422 at /rules), the draft stays', async () => {
    const { revision, draft } = (await merch.client.get('/api/admin/catalogs/muesli/draft')).json;
    // Every unit adds 2, the sum must be exactly 31: no design exists, and proving it takes every combination.
    const hard = {
      ...draft,
      options: draft.options.map((o: Catalog['options'][number]) => ({ ...o, attributes: { two: 2 } })),
      rules: [
        ...draft.rules,
        { kind: 'capacity', id: 'odd', attribute: 'two', min: 31, max: 31, label: { de: 'Ungerade', en: 'odd' } },
      ],
    };
    const put = await putDraft(merch.client, 'muesli', hard, revision);
    expect(put.status, put.text).toBe(200);
    const res = await merch.client.post('/api/admin/catalogs/muesli/publish');
    expect(res.status, res.text).toBe(422);
    expect(res.json.errors.map((e: { path: string }) => e.path)).toEqual(['/rules']);
    expect((await merch.client.get('/api/admin/catalogs/muesli/draft')).status).toBe(200);
    expect((await putDraft(merch.client, 'muesli', draft, put.json.revision)).status).toBe(200);
  });

  test('publish: a new version is served, saved designs stay pinned, a second publish is refused', async () => {
    const { revision, draft } = (await merch.client.get('/api/admin/catalogs/muesli/draft')).json;
    expect(
      (await merch.client.post('/api/admin/catalogs/muesli/publish', undefined, { 'if-match': '"1"' })).status,
    ).toBe(412);
    const res = await merch.client.post('/api/admin/catalogs/muesli/publish', undefined, {
      'if-match': `"${revision}"`,
    });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toEqual({ version: muesli.version + 1 });

    const served = await new Client(server.url).get('/api/catalogs/muesli');
    expect(served.json.version).toBe(muesli.version + 1);
    expect(served.json.options.map((o: { id: string }) => o.id)).not.toContain(usedOption);
    expect(served.json.options).toEqual(draft.options);
    const old = await new Client(server.url).get(`/api/catalogs/muesli/versions/${muesli.version}`);
    expect(old.json.options.map((o: { id: string }) => o.id)).toContain(usedOption);

    const pinned = await owner.client.get(`/api/designs/${privateId}`);
    expect(pinned.status).toBe(200);
    expect(pinned.json.catalogVersion).toBe(muesli.version);
    expect((await new Client(server.url).get(`/api/designs/${publicId}`)).status).toBe(200);

    expect((await merch.client.post('/api/admin/catalogs/muesli/publish')).status).toBe(404);
    expect((await merch.client.get('/api/admin/catalogs/muesli/draft')).status).toBe(404);
    const row = (await merch.client.get('/api/admin/catalogs')).json.find((r: { id: string }) => r.id === 'muesli');
    expect(row).toMatchObject({ publishedVersion: muesli.version + 1, hasDraft: false });
  });

  test('a draft numbered as an already published version cannot be published', async () => {
    const start = await merch.client.post('/api/admin/catalogs', { fromCatalog: 'muesli' });
    const draft = { ...start.json.draft, version: muesli.version };
    const put = await putDraft(merch.client, 'muesli', draft, start.json.revision);
    expect(put.json.errors.map((e: { pointer: string }) => e.pointer)).toContain('/version');
    expect((await merch.client.post('/api/admin/catalogs/muesli/publish')).status).toBe(422);
  });

  test('two publishes of one draft at once: one version is written, the other is refused', async () => {
    const start = await merch.client.post('/api/admin/catalogs', { fromCatalog: 'burger' });
    expect(start.status).toBe(201);
    const [a, b] = await Promise.all([
      merch.client.post('/api/admin/catalogs/burger/publish'),
      merch.client.post('/api/admin/catalogs/burger/publish'),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((await new Client(server.url).get('/api/catalogs/burger')).json.version).toBe(start.json.draft.version);
    // A fresh draft after publishing can be saved (old permits do not block it).
    const again = await merch.client.post('/api/admin/catalogs', { fromCatalog: 'burger' });
    expect(again.status).toBe(201);
    expect((await putDraft(merch.client, 'burger', again.json.draft, again.json.revision)).status).toBe(200);
  });
});

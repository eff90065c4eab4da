import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Client } from '@tests/setup/http';
import type { TestServer } from '@tests/setup/server';
import type { Person } from '@tests/moderation-workflow/helpers';
import { merchandiser, putDraft, shopper, startWorkflowServer } from './helpers';

let server: TestServer;
let merch: Person;
let other: Person;
const DRAFT = '/api/admin/catalogs/burger/draft';
const patch = (who: Person, ops: unknown, revision: number | string) =>
  who.client.patch(DRAFT, ops, { 'if-match': `"${revision}"`, 'content-type': 'application/json-patch+json' });
const current = async () => (await merch.client.get(DRAFT)).json;

beforeAll(async () => {
  server = await startWorkflowServer();
  merch = await merchandiser(server.url, 'Merle');
  other = await merchandiser(server.url, 'Otto');
  const res = await merch.client.post('/api/admin/catalogs', { fromCatalog: 'burger' });
  if (res.status !== 201) throw new Error(res.text);
});
afterAll(() => server.stop());

describe('PATCH /api/admin/catalogs/:id/draft (RFC 6902)', () => {
  test('signed out 401, a shopper 403, nothing changes', async () => {
    const before = await current();
    const ops = [{ op: 'replace', path: '/basePriceCents', value: 1 }];
    expect((await new Client(server.url).patch(DRAFT, ops, { 'if-match': '"1"' })).status).toBe(401);
    const sam = await shopper(server.url, 'Sam');
    expect((await patch(sam, ops, before.revision)).status).toBe(403);
    expect((await current()).revision).toBe(before.revision);
  });

  test('one cell: the price of one option, stored, revision up, the rest untouched', async () => {
    const before = await current();
    const res = await patch(merch, [{ op: 'replace', path: '/options/0/priceCents', value: 777 }], before.revision);
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('etag')).toBe(`"${before.revision + 1}"`);
    expect(res.json.draft.options[0].priceCents).toBe(777);
    expect({ ...res.json.draft, options: res.json.draft.options.slice(1) }).toEqual({
      ...before.draft,
      options: before.draft.options.slice(1),
    });
  });

  test('needs If-Match (428); a stale one is 412 saying who saved and what changed', async () => {
    const before = await current();
    const ops = [{ op: 'replace', path: '/options/1/priceCents', value: 5 }];
    expect((await merch.client.patch(DRAFT, ops)).status).toBe(428);
    expect(
      (await patch(other, [{ op: 'replace', path: '/options/2/weightGrams', value: 9 }], before.revision)).status,
    ).toBe(200);
    const stale = await patch(merch, ops, before.revision);
    expect(stale.status).toBe(412);
    expect(stale.json.detail).toContain('Otto');
    expect(stale.json.errors).toEqual([
      expect.objectContaining({
        code: 'changed_by',
        path: '/options/2/weightGrams',
        params: expect.objectContaining({ by: 'Otto' }),
      }),
    ]);
    expect((await current()).draft.options[1].priceCents).not.toBe(5);
  });

  test('bad patches: 400 (malformed or forbidden keys), 422 (unresolvable), 409 (failed test); nothing changes', async () => {
    const before = await current();
    const cases: [unknown, number][] = [
      [{ op: 'replace', path: '/basePriceCents', value: 1 }, 400],
      [[], 400],
      [[{ op: 'frobnicate', path: '/x' }], 400],
      [[{ op: 'replace', path: '/basePriceCents' }], 400],
      [[{ op: 'add', path: '/__proto__/polluted', value: true }], 400],
      [[{ op: 'add', path: '/constructor/prototype/polluted', value: true }], 400],
      [[{ op: 'add', path: '/options/0/x.y', value: 1 }], 400],
      [[{ op: 'replace', path: '', value: {} }], 400],
      [[{ op: 'copy', from: '/__proto__', path: '/x' }], 400],
      [[{ op: 'replace', path: '/options/999/priceCents', value: 1 }], 422],
      [
        [
          { op: 'replace', path: '/basePriceCents', value: 1 },
          { op: 'remove', path: '/nothing/here' },
        ],
        422,
      ],
      [
        [
          { op: 'test', path: '/id', value: 'pizza' },
          { op: 'replace', path: '/basePriceCents', value: 1 },
        ],
        409,
      ],
    ];
    for (const [ops, status] of cases) {
      const res = await patch(merch, ops, before.revision);
      expect(res.status, JSON.stringify(ops)).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    }
    const after = await current();
    expect(after.revision).toBe(before.revision);
    expect(after.draft).toEqual(before.draft);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('an add that breaks the catalog is stored with its errors (coded, at their pointer)', async () => {
    const before = await current();
    const res = await patch(merch, [{ op: 'replace', path: '/options/0/priceCents', value: -5 }], before.revision);
    expect(res.status).toBe(200);
    expect(res.json.errors).toContainEqual(
      expect.objectContaining({
        pointer: '/options/0/priceCents',
        code: 'schema_limit',
        params: { comparison: '>=', limit: 0 },
      }),
    );
    expect(
      (await patch(merch, [{ op: 'replace', path: '/options/0/priceCents', value: 5 }], res.json.revision)).status,
    ).toBe(200);
  });
});

describe('PUT of exactly what GET returned', () => {
  test('the {draft, errors, revision} envelope stores the same draft, with no new errors', async () => {
    const got = await current();
    const res = await putDraft(merch.client, 'burger', got, got.revision);
    expect(res.status, res.text).toBe(200);
    expect(res.json.draft).toEqual(got.draft);
    expect(res.json.errors).toEqual(got.errors);
  });

  test('an envelope with other keys or a non-object draft is 400 naming the mistake, nothing stored', async () => {
    const got = await current();
    const extra = await putDraft(merch.client, 'burger', { ...got, etag: 'x' }, got.revision);
    expect(extra.status).toBe(400);
    expect(extra.json.detail).toContain('"etag"');
    const bad = await putDraft(merch.client, 'burger', { draft: [1], revision: got.revision }, got.revision);
    expect(bad.status).toBe(400);
    expect(bad.json.detail).toContain('"draft"');
    expect((await current()).revision).toBe(got.revision);
  });
});

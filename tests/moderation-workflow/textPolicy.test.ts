import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Catalog } from '@shared/catalog/types';
import type { TextPolicy } from '@shared/moderation';
import { Client } from '@tests/setup/http';
import type { TestServer } from '@tests/setup/server';
import { merchandiser, putDraft } from '@tests/merchandising/helpers';
import { moderator, muesliDraft, published, shopper, startWorkflowServer, type Person } from './helpers';

/**
 * A catalog's `textPolicy` decides what the filter's mild and review levels do for the designs
 * made with it and for their reviews; without one, the site's default (mild and review → review).
 */
let server: TestServer;
let merch: Person;
let owner: Person;
let mod: Person;
let reviewer: Person;
beforeAll(async () => {
  server = await startWorkflowServer();
  merch = await merchandiser(server.url);
  owner = await shopper(server.url, 'Olga');
  mod = await moderator(server.url, 'Mo');
  reviewer = await shopper(server.url, 'Rita');
});
afterAll(() => server.stop());

/** Publishes a new muesli version with `textPolicy` (undefined: none); its version number. */
async function publishMuesli(textPolicy: unknown): Promise<number> {
  const start = await merch.client.post('/api/admin/catalogs', { fromCatalog: 'muesli' });
  expect(start.status, start.text).toBe(201);
  const draft = { ...(start.json.draft as Catalog), textPolicy } as Catalog;
  const put = await putDraft(merch.client, 'muesli', draft, start.json.revision);
  expect(put.status, put.text).toBe(200);
  expect(put.json.errors).toEqual([]);
  const res = await merch.client.post('/api/admin/catalogs/muesli/publish');
  expect(res.status, res.text).toBe(200);
  const served = (await new Client(server.url).get('/api/catalogs/muesli')).json as Catalog;
  expect(served.textPolicy).toEqual(textPolicy);
  return served.version;
}

const create = async (name: string) => owner.client.post('/api/designs', await muesliDraft(server.url, name));
const review = (designId: string, text: string) =>
  reviewer.client.post(`/api/designs/${designId}/reviews`, { rating: 4, text });

describe('catalog text policy', () => {
  let before: string;

  test('without one, mild and review-level words are saved with findings for a moderator', async () => {
    const mild = await create('Depp des Monats');
    expect(mild.status, mild.text).toBe(201);
    expect(mild.json.moderation.findings).toEqual([
      { path: '/name', start: 0, end: 4, category: 'insult', severity: 'review' },
    ]);
    const rev = await create('Dummkopf Müsli');
    expect(rev.status).toBe(201);
    expect(rev.json.moderation.findings[0]).toMatchObject({ severity: 'review' });
    before = await published(server.url, owner, mod, 'Frühstück vorher');
    expect((await review(before, 'So ein Depp von Müsli')).status).toBe(201);
  });

  test('a strict catalog blocks mild and review-level words in design texts and reviews', async () => {
    const strict: TextPolicy = { mild: 'block', review: 'block' };
    await publishMuesli(strict);
    const count = async () => ((await owner.client.get('/api/designs')).json as unknown[]).length;
    const saved = await count();
    for (const name of ['Depp des Monats', 'Dummkopf Müsli']) {
      const res = await create(name);
      expect(res.status, name).toBe(422);
      expect(res.json.code).toBe('text_rejected');
      expect(res.json.errors[0]).toMatchObject({ code: 'text_blocked', path: '/name' });
    }
    expect(await count()).toBe(saved);
    const fine = await create('Omas Frühstück');
    expect(fine.status).toBe(201);
    expect(fine.json.moderation.findings).toEqual([]);

    // A review follows the policy of the catalog version its design was made with.
    const after = await published(server.url, owner, mod, 'Frühstück nachher');
    const refused = await review(after, 'So ein Depp von Müsli');
    expect(refused.status).toBe(422);
    expect(refused.json.errors[0]).toMatchObject({ code: 'text_blocked', path: '/text' });
    expect((await review(after, 'Lecker!')).status).toBe(201);
    const other = await shopper(server.url, 'Otto');
    const old = await other.client.post(`/api/designs/${before}/reviews`, { rating: 3, text: 'So ein Depp von Müsli' });
    expect(old.status).toBe(201);
  });

  test('a relaxed catalog lets mild words pass; review-level words still go to review', async () => {
    await publishMuesli({ mild: 'allow' });
    const mild = await create('Depp des Monats');
    expect(mild.status).toBe(201);
    expect(mild.json.moderation.findings).toEqual([]);
    const rev = await create('Dummkopf Müsli');
    expect(rev.status).toBe(201);
    expect(rev.json.moderation.findings[0]).toMatchObject({ severity: 'review' });
    expect((await create('Arschgeige')).status).toBe(422);
  });

  test('the live check keeps its shape and the site policy', async () => {
    const res = await new Client(server.url).post('/api/moderation/check', { text: 'Depp des Monats', locale: 'de' });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      verdict: 'review',
      matches: [{ start: 0, end: 4, category: 'insult', severity: 'review' }],
    });
  });

  test('an unknown level or field in textPolicy is a draft error at its pointer, and publish is refused', async () => {
    const start = await merch.client.post('/api/admin/catalogs', { fromCatalog: 'muesli' });
    expect(start.status, start.text).toBe(201);
    for (const textPolicy of [{ mild: 'sometimes' }, { review: 'allow' }, { strict: true }, 'block']) {
      const { revision, draft } = (await merch.client.get('/api/admin/catalogs/muesli/draft')).json;
      const put = await putDraft(merch.client, 'muesli', { ...draft, textPolicy }, revision);
      expect(put.status, put.text).toBe(200);
      const pointers = put.json.errors.map((e: { pointer: string }) => e.pointer);
      expect(
        pointers.some((p: string) => p.startsWith('/textPolicy')),
        JSON.stringify(textPolicy),
      ).toBe(true);
      const res = await merch.client.post('/api/admin/catalogs/muesli/publish');
      expect(res.status).toBe(422);
      expect(res.json.code).toBe('invalid_catalog');
    }
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Catalog } from '@shared/catalog/types';
import { closestReplacement, stockReplacements } from '@shared/merch/stock';
import { Client } from '@tests/setup/http';
import { startOtherProcess, type OtherProcess } from '@tests/setup/otherProcess';
import type { TestServer } from '@tests/setup/server';
import type { Person } from '@tests/moderation-workflow/helpers';
import { merchandiser, muesliDraft, saved, shopper, startWorkflowServer } from './helpers';

let server: TestServer;
let other: OtherProcess;
let merch: Person;
let muesli: Catalog;
const stockOf = (c: Catalog, id: string) => c.options.find((o) => o.id === id)!.inStock;
const put = (who: Client, optionId: string, body: unknown, catalog = 'muesli') =>
  who.put(`/api/admin/catalogs/${catalog}/stock/${optionId}`, body);

beforeAll(async () => {
  server = await startWorkflowServer();
  // A second app process on the same database, as in production with APP_PROCESSES > 1.
  other = await startOtherProcess(server.dbUrl, { RATE_LIMIT_CHECK: '0', RATE_LIMIT_WRITE: '0' });
  merch = await merchandiser(server.url);
  muesli = (await new Client(server.url).get('/api/catalogs/muesli')).json as Catalog;
}, 90_000);
afterAll(async () => {
  await other?.stop();
  await server?.stop();
});

describe('who may change the stock', () => {
  test('signed out 401, a shopper 403; nothing changes', async () => {
    const oats = muesli.options.find((o) => o.inStock)!.id;
    expect((await put(new Client(server.url), oats, { inStock: false })).status).toBe(401);
    const sam = await shopper(server.url, 'Sam');
    expect((await put(sam.client, oats, { inStock: false })).status).toBe(403);
    expect((await sam.client.get('/api/admin/catalogs/muesli/stock')).status).toBe(403);
    const now = (await new Client(server.url).get('/api/catalogs/muesli')).json as Catalog;
    expect(stockOf(now, oats)).toBe(true);
  });

  test('bad bodies are 400 with a code, unknown options and catalogs 404', async () => {
    const oats = muesli.options.find((o) => o.inStock)!.id;
    for (const body of [{}, { inStock: 'no' }, { inStock: false, extra: 1 }, { inStock: { $ne: true } }, [false]]) {
      const res = await put(merch.client, oats, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(['invalid_body', 'bad_request']).toContain(res.json.code);
    }
    const unknown = await put(merch.client, 'no-such-option', { inStock: false });
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe('not_found');
    expect((await put(merch.client, oats, { inStock: false }, 'no-such-catalog')).status).toBe(404);
  });
});

describe('stock now', () => {
  test('out of stock at once in the published catalog, without a new version, in every process', async () => {
    const fruit = muesli.options.find((o) => o.groupId === 'fruits' && o.inStock)!;
    const versionsBefore = (await merch.client.get('/api/admin/catalogs/muesli/versions')).json;
    const before = await new Client(server.url).get('/api/catalogs/muesli');

    const res = await put(merch.client, fruit.id, { inStock: false });
    expect(res.status).toBe(200);
    expect(res.json.options.find((o: { id: string }) => o.id === fruit.id).inStock).toBe(false);
    expect(res.json.revision).toBeGreaterThan(0);
    expect(res.json.version).toBe(muesli.version);

    // This process: at once, with a new ETag (the old one no longer matches).
    const now = await new Client(server.url).get('/api/catalogs/muesli');
    expect(stockOf(now.json, fruit.id)).toBe(false);
    expect(now.json.version).toBe(muesli.version);
    expect(now.headers.get('etag')).not.toBe(before.headers.get('etag'));
    const revalidated = await new Client(server.url).get('/api/catalogs/muesli', {
      'if-none-match': before.headers.get('etag')!,
    });
    expect(revalidated.status).toBe(200);
    const pinned = await new Client(server.url).get(`/api/catalogs/muesli/versions/${muesli.version}`);
    expect(stockOf(pinned.json, fruit.id)).toBe(false);
    expect(pinned.headers.get('cache-control')).toBe('no-cache');
    expect((await merch.client.get('/api/admin/catalogs/muesli/versions')).json).toEqual(versionsBefore);

    // The other process: within its one-second stock cache.
    let seen = false;
    for (let i = 0; i < 30 && !seen; i++) {
      seen = !stockOf((await new Client(other.url).get('/api/catalogs/muesli')).json, fruit.id);
      if (!seen) await new Promise((ok) => setTimeout(ok, 100));
    }
    expect(seen).toBe(true);

    // Guidance marks it unavailable, in the shopper's language, in both processes.
    for (const [base, lang, text] of [
      [server.url, 'de', 'Zurzeit nicht vorrätig'],
      [other.url, 'en', 'Currently out of stock'],
    ] as const) {
      const g = await new Client(base).post(
        '/api/catalogs/muesli/guidance',
        { selections: [] },
        { 'accept-language': lang },
      );
      expect(g.json.options[fruit.id].available).toBe(false);
      expect(g.json.options[fruit.id].reasons.map((r: { message: string }) => r.message)).toContain(text);
    }

    // Back in stock: available again.
    expect((await put(merch.client, fruit.id, { inStock: true })).status).toBe(200);
    const back = await new Client(server.url).post('/api/catalogs/muesli/guidance', { selections: [] });
    expect(back.json.options[fruit.id].available).toBe(true);
  });

  test('a saved design with an option out of stock says so and names the closest replacement', async () => {
    const olga = await shopper(server.url, 'Olga');
    const draft = await muesliDraft(server.url, 'Mit Frucht');
    const { id } = await saved(olga, draft);
    const fruitId = draft.selections[1]!.optionId;
    expect((await olga.client.get(`/api/designs/${id}`)).json.outOfStock).toBeUndefined();

    expect((await put(merch.client, fruitId, { inStock: false })).status).toBe(200);
    const view = await olga.client.get(`/api/designs/${id}`);
    expect(view.json.outOfStock).toHaveLength(1);
    const [gone] = view.json.outOfStock;
    expect(gone.optionId).toBe(fruitId);
    const replacement = muesli.options.find((o) => o.id === gone.replacementId)!;
    expect(replacement.groupId).toBe('fruits');
    expect(replacement.inStock).toBe(true);
    // Saving it as it is now is refused; the stored design is unchanged.
    const resave = await olga.client.patch(`/api/designs/${id}`, { name: 'Noch einmal' });
    expect(resave.status).toBe(422);
    expect(resave.json.errors.map((e: { code: string }) => e.code)).toContain('out_of_stock');
    expect((await put(merch.client, fruitId, { inStock: true })).status).toBe(200);
  });

  test('two merchandisers in two processes marking options at the same moment: neither change is lost', async () => {
    const fruits = muesli.options.filter((o) => o.groupId === 'fruits' && o.inStock).slice(0, 6);
    const there = merch.client.at(other.url);
    const answers = await Promise.all(
      fruits.map((f, i) => put(i % 2 ? there : merch.client, f.id, { inStock: false })),
    );
    expect(answers.map((a) => a.status)).toEqual(fruits.map(() => 200));
    // Past the one-second stock cache of this process, which may predate the other one's writes.
    await new Promise((ok) => setTimeout(ok, 1100));
    const view = (await merch.client.get('/api/admin/catalogs/muesli/stock')).json;
    const stillIn = fruits.filter((f) => view.options.find((o: { id: string }) => o.id === f.id).inStock);
    expect(stillIn.map((f) => f.id)).toEqual([]);
    await Promise.all(fruits.map((f) => put(merch.client, f.id, { inStock: true })));
  });
});

describe('the closest replacement', () => {
  const option = (id: string, extra: Partial<Catalog['options'][number]> = {}) => ({
    id,
    groupId: 'fruits',
    name: { de: id, en: id },
    priceCents: 100,
    weightGrams: 20,
    allergens: [],
    tags: [],
    inStock: true,
    ...extra,
  });
  const catalog = {
    options: [
      option('apple', { inStock: false, tags: ['vegan', 'sweet'], priceCents: 100 }),
      option('pear', { tags: ['vegan'], priceCents: 100 }),
      option('mango', { tags: ['vegan', 'sweet'], priceCents: 180 }),
      option('kiwi', { tags: ['vegan', 'sweet'], priceCents: 120 }),
      option('nutty', { tags: ['vegan', 'sweet'], priceCents: 100, allergens: ['nuts'] }),
      option('oats', { groupId: 'base', tags: ['vegan', 'sweet'] }),
    ],
  } as unknown as Catalog;

  test('same group, most tags in common, no new allergen, then the nearest price; never one already chosen', () => {
    const apple = catalog.options[0]!;
    expect(closestReplacement(catalog, apple, new Set())?.id).toBe('kiwi');
    expect(closestReplacement(catalog, apple, new Set(['kiwi']))?.id).toBe('mango');
    expect(stockReplacements(catalog, ['apple', 'pear'])).toEqual([{ optionId: 'apple', replacementId: 'kiwi' }]);
    expect(stockReplacements(catalog, ['apple', 'kiwi', 'mango', 'nutty', 'pear'])).toEqual([
      { optionId: 'apple', replacementId: null },
    ]);
  });
});

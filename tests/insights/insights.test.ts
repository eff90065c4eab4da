import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DesignModel } from '@server/models/Design';
import { Client } from '@tests/setup/http';
import type { TestServer } from '@tests/setup/server';
import { startTestServer } from '@tests/setup/server';
import { ADMIN, moderator, saved, shopper, type Person } from '@tests/moderation-workflow/helpers';
import { merchandiser } from '@tests/merchandising/helpers';

let server: TestServer;
let merch: Person;
const OATS = { optionId: 'haferflocken-kernig', quantity: 2 };
const FRUITS = ['apfelstuecke', 'aprikosen', 'bananenchips', 'cranberries', 'datteln'];
const sel = (ids: string[]) => [OATS, ...ids.map((optionId) => ({ optionId, quantity: 1 }))];
const insights = (who: Client) => who.get('/api/admin/catalogs/muesli/insights');

beforeAll(async () => {
  server = await startTestServer({
    env: {
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      SUGGESTIONS_MIN_SUPPORT: '2',
      RATE_LIMIT_REGISTER: '0',
      RATE_LIMIT_WRITE: '0',
    },
  });
  merch = await merchandiser(server.url);
  const anna = await shopper(server.url, 'Anna');
  // Older designs: oats with figs. Newer ones (last 7 days): oats with the full fruit group.
  for (let i = 0; i < 4; i++) {
    const { id } = await saved(anna, { catalogId: 'muesli', name: `Geheim ${i}`, selections: sel(['feigen']) });
    await DesignModel.collection.updateOne(
      { _id: id as never },
      { $set: { createdAt: new Date(Date.now() - 30 * 864e5) } },
    );
  }
  for (let i = 0; i < 3; i++) await saved(anna, { catalogId: 'muesli', name: `Frucht ${i}`, selections: sel(FRUITS) });
  // A design that wanted mulberries while they were in stock (written directly: today they are not).
  await DesignModel.create({
    catalogId: 'muesli',
    catalogVersion: 1,
    name: 'Maulbeere',
    selections: sel(['maulbeeren']),
    totals: { priceCents: 0, weightGrams: 0, allergens: [], commonTags: [], units: 0 },
  });
  const mod = await moderator(server.url);
  const { id } = await saved(anna, { catalogId: 'muesli', name: 'Öffentlich', selections: sel(['feigen']) });
  await anna.client.post(`/api/designs/${id}/submit`);
  await mod.client.post(`/api/moderation/designs/${id}/approve`);
  await (await shopper(server.url, 'Ben')).client.put(`/api/designs/${id}/vote`);
  await (await shopper(server.url, 'Cleo')).client.post(`/api/designs/${id}/remix`);
});
afterAll(() => server.stop());

describe('GET /api/admin/catalogs/:id/insights', () => {
  test('merchandisers only', async () => {
    expect((await insights(new Client(server.url))).status).toBe(401);
    expect((await insights((await shopper(server.url)).client)).status).toBe(403);
    expect((await merch.client.get('/api/admin/catalogs/nothing/insights')).status).toBe(404);
  });

  test('what the community combines, wants, votes for and where it hits limits; no private design named', async () => {
    const res = await insights(merch.client);
    expect(res.status).toBe(200);
    const body = res.json;
    // 4 old + 3 fruity + mulberry + public + its remix.
    expect(body.designs).toBe(10);
    expect(body.topOptions[0]).toEqual({ optionId: 'haferflocken-kernig', designs: 10, share: 1 });
    const figs = body.topPairs.find((p: { a: string; b: string }) => p.a === 'feigen' && p.b === 'haferflocken-kernig');
    expect(figs).toMatchObject({ designs: 6, lift: 1 });
    expect(body.trending.map((t: { optionId: string }) => t.optionId)).toEqual(expect.arrayContaining(FRUITS));
    expect(body.trending.map((t: { optionId: string }) => t.optionId)).not.toContain('feigen');
    expect(body.limits).toContainEqual({ ruleId: 'fruits-max', designs: 3, share: 0.3 });
    expect(body.mostVoted).toEqual([expect.objectContaining({ name: 'Öffentlich', votes: 1, remixCount: 1 })]);
    expect(body.mostRemixed[0]).toMatchObject({ name: 'Öffentlich', remixCount: 1 });
    expect(body.wantedOutOfStock).toEqual([{ optionId: 'maulbeeren', designs: 1, share: 0.1 }]);
    const text = JSON.stringify(body);
    for (const secret of ['Geheim', 'Frucht', 'Maulbeere', 'Anna']) expect(text).not.toContain(secret);
  });

  test('repair events are counted per option; bad events are refused and count nothing', async () => {
    const post = (body: unknown) => new Client(server.url).post('/api/catalogs/muesli/events', body);
    expect((await post({ kind: 'repair', options: ['feigen', 'feigen', 'mango'] })).status).toBe(204);
    expect((await post({ kind: 'repair', options: ['feigen'] })).status).toBe(204);
    for (const bad of [
      {},
      null,
      { kind: 'repair' },
      { kind: 'repair', options: [] },
      { kind: 'x', options: ['feigen'] },
    ])
      expect((await post(bad)).status).toBe(400);
    expect((await post({ kind: 'repair', options: ['nope'] })).status).toBe(400);
    expect(
      (await new Client(server.url).post('/api/catalogs/nothing/events', { kind: 'repair', options: ['feigen'] }))
        .status,
    ).toBe(404);
    const { repairRemoved } = (await insights(merch.client)).json;
    expect(repairRemoved).toEqual([
      { optionId: 'feigen', times: 2 },
      { optionId: 'mango', times: 1 },
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Client } from '@tests/setup/http';
import { startTestServer, type TestServer } from '@tests/setup/server';
import { saved, shopper } from '@tests/moderation-workflow/helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    env: {
      SUGGESTIONS_MIN_SUPPORT: '2',
      SUGGESTIONS_REFRESH_SECONDS: '1',
      RATE_LIMIT_SUGGEST: '40',
      RATE_LIMIT_REGISTER: '0',
      RATE_LIMIT_WRITE: '0',
    },
  });
});
afterAll(() => server.stop());

const OATS = { optionId: 'haferflocken-kernig', quantity: 2 };
const ask = (body: unknown, who = new Client(server.url), catalog = 'muesli') =>
  who.post(`/api/catalogs/${catalog}/suggestions`, body);

describe('POST /api/catalogs/:id/suggestions', () => {
  test('a design saved now counts within the refresh; answers carry counts only, no designs or people', async () => {
    const before = await ask({ selections: [OATS] });
    expect(before.status).toBe(200);
    expect(before.json.items.map((s: { optionId: string }) => s.optionId)).not.toContain('feigen');
    const owner = await shopper(server.url, 'Zora Geheim');
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const design = await saved(owner, {
        catalogId: 'muesli',
        name: `Feigentraum ${i}`,
        selections: [OATS, { optionId: 'feigen', quantity: 1 }],
      });
      ids.push(design.id);
    }
    let items: { optionId: string; quantity: number; reason: { code: string; message: string } }[] = [];
    for (let tries = 0; tries < 50 && !items.some((s) => s.optionId === 'feigen'); tries++) {
      await new Promise((ok) => setTimeout(ok, 200));
      items = (await ask({ selections: [OATS] })).json.items;
    }
    const fig = items.find((s) => s.optionId === 'feigen');
    expect(fig).toMatchObject({
      quantity: 1,
      reason: { code: 'often_with', message: 'Wird oft mit Haferflocken, kernig kombiniert' },
    });
    const text = JSON.stringify(items);
    for (const secret of [...ids, owner.id, 'Zora', 'Feigentraum']) expect(text).not.toContain(secret);
    expect(items.length).toBeLessThanOrEqual(5);
    // Never what is chosen already, and in English on request.
    const en = await new Client(server.url).post(
      '/api/catalogs/muesli/suggestions',
      { selections: [OATS] },
      { 'accept-language': 'en' },
    );
    expect(en.json.items.find((s: { optionId: string }) => s.optionId === 'feigen').reason.message).toBe(
      'Often combined with Jumbo rolled oats',
    );
    const withFig = (await ask({ selections: [OATS, { optionId: 'feigen', quantity: 1 }] })).json.items;
    expect(withFig.map((s: { optionId: string }) => s.optionId)).not.toContain('feigen');
  });

  test('bad input is a 4xx problem: body shape, unknown options, another catalog, unknown catalog', async () => {
    for (const body of [
      {},
      null,
      { selections: 'x' },
      { selections: [{ optionId: '$gt', quantity: 1 }] },
      { selections: [], extra: 1 },
    ]) {
      const res = await ask(body);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await ask({ selections: [{ optionId: 'nope', quantity: 1 }] })).status).toBe(400);
    expect((await ask({ catalogId: 'burger', selections: [] })).status).toBe(400);
    expect((await ask({ selections: [] }, undefined, 'nothing-here')).status).toBe(404);
    expect((await ask({ selections: [], diets: ['vegan'] })).status).toBe(200);
  });

  test('rate-limited per client (RATE_LIMIT_SUGGEST)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push((await ask({ selections: [] })).status);
    expect(statuses).toContain(429);
  });
});

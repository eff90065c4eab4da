import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '@tests/setup/server';
import { Client } from '@tests/setup/http';
import { openLive } from '@tests/codesign/liveClient';

const TOKEN = 'metrics-token-for-tests';

describe('without METRICS_TOKEN', () => {
  let open: TestServer;
  beforeAll(async () => {
    open = await startTestServer();
  });
  afterAll(() => open.stop());

  test('/metrics does not exist', async () => {
    const res = await new Client(open.url).get('/metrics');
    expect(res.status).toBe(404);
    expect(res.text).not.toMatch(/prosumer_/);
  });
});

describe('with METRICS_TOKEN', () => {
  let guarded: TestServer;
  beforeAll(async () => {
    guarded = await startTestServer({ env: { METRICS_TOKEN: TOKEN } });
  });
  afterAll(() => guarded.stop());

  test('a wrong or missing token is 401 with a problem', async () => {
    for (const auth of [undefined, 'Bearer nope', `Basic ${TOKEN}`]) {
      const res = await new Client(guarded.url).get('/metrics', auth ? { authorization: auth } : {});
      expect(res.status).toBe(401);
      expect(res.json.code).toBe('unauthorized');
      expect(res.text).not.toMatch(/prosumer_http/);
    }
  });

  test('with the token: requests per route pattern, latency, live rooms and database errors', async () => {
    const c = new Client(guarded.url);
    await c.get('/api/catalogs/muesli');
    await c.post('/api/catalogs/muesli/validate', { catalogVersion: 1, selections: [] });
    await c.get('/api/designs/doesnotexist0000');
    const res = await c.get('/metrics', { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(res.text).toMatch(
      /prosumer_http_requests_total\{method="GET",route="\/api\/catalogs\/:id",status="200"\} \d+/,
    );
    expect(res.text).toMatch(
      /prosumer_http_requests_total\{method="POST",route="\/api\/catalogs\/:id\/validate",status="200"\}/,
    );
    expect(res.text).toMatch(/prosumer_http_requests_total\{method="GET",route="\/api\/designs\/:id",status="404"\}/);
    expect(res.text).toMatch(
      /prosumer_http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/api\/catalogs\/:id"\}/,
    );
    expect(res.text).toMatch(/^prosumer_codesign_rooms 0$/m);
    expect(res.text).toMatch(/^prosumer_codesign_clients 0$/m);
    expect(res.text).toMatch(/# TYPE prosumer_db_errors_total counter/);
    expect(res.text).not.toMatch(/doesnotexist/);
  });

  test('live rooms and clients are what the hub has open now', async () => {
    const scrape = async () => {
      const text = (await new Client(guarded.url).get('/metrics', { authorization: `Bearer ${TOKEN}` })).text;
      const value = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
      return { rooms: value('prosumer_codesign_rooms'), clients: value('prosumer_codesign_clients') };
    };
    const owner = new Client(guarded.url);
    const draft = { catalogId: 'muesli', selections: [{ optionId: 'haferflocken-kernig', quantity: 2 }] };
    const ids = [(await owner.post('/api/designs', draft)).json.id, (await owner.post('/api/designs', draft)).json.id];
    const tabs = [await openLive(guarded.url, ids[0], owner), await openLive(guarded.url, ids[0], owner)];
    tabs.push(await openLive(guarded.url, ids[1], owner));
    await Promise.all(tabs.map((t) => t.next('snapshot')));
    expect(await scrape()).toEqual({ rooms: 2, clients: 3 });
    tabs[0].ws.close();
    await tabs[0].closed;
    await expect.poll(scrape).toEqual({ rooms: 2, clients: 2 });
    for (const t of tabs.slice(1)) t.ws.close();
    await expect.poll(async () => (await scrape()).clients).toBe(0);
  });
});

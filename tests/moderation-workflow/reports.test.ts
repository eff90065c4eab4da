import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPORTS_TO_HIDE } from '@shared/moderation';
import { Client } from '@tests/setup/http';
import type { TestServer } from '@tests/setup/server';
import { moderator, published, saved, muesliDraft, shopper, startWorkflowServer, type Person } from './helpers';

let server: TestServer;
let mod: Person;
let owner: Person;
beforeAll(async () => {
  server = await startWorkflowServer();
  mod = await moderator(server.url, 'Mods');
  owner = await shopper(server.url, 'Otto');
});
afterAll(() => server.stop());

const reporters = (n: number) => Promise.all(Array.from({ length: n }, (_, i) => shopper(server.url, `Reporter${i}`)));
const queueItem = async (id: string) =>
  (await mod.client.get('/api/moderation/queue')).json.items.find(
    (i: { design: { id: string } }) => i.design.id === id,
  );

describe('reports from shoppers', () => {
  test('one report per user; it enters the queue with its reason, the design stays public', async () => {
    const id = await published(server.url, owner, mod);
    const [r] = await reporters(1);
    const res = await r.client.post(`/api/designs/${id}/report`, { reason: 'Der Name ist gemein.' });
    expect(res.status).toBe(201);
    expect((await r.client.post(`/api/designs/${id}/report`, { reason: 'nochmal' })).status).toBe(409);
    expect(await queueItem(id)).toMatchObject({
      kind: 'reports',
      reportCount: 1,
      reports: [{ reason: 'Der Name ist gemein.' }],
      priority: 'normal',
    });
    expect((await new Client(server.url).get(`/api/designs/${id}`)).status).toBe(200);
  });

  test(`${REPORTS_TO_HIDE} reports from different users (at once) hide it until a moderator restores it`, async () => {
    const id = await published(server.url, owner, mod);
    const rs = await reporters(REPORTS_TO_HIDE);
    const results = await Promise.all(
      rs.map((r) => r.client.post(`/api/designs/${id}/report`, { reason: `Spam von ${r.name}` })),
    );
    expect(results.map((x) => x.status)).toEqual(rs.map(() => 201));
    expect((await new Client(server.url).get(`/api/designs/${id}`)).status).toBe(403);
    const mine = (await owner.client.get(`/api/designs/${id}`)).json;
    expect(mine).toMatchObject({ status: 'public', moderation: { hidden: true } });
    const item = await queueItem(id);
    expect(item).toMatchObject({ priority: 'high', reportCount: REPORTS_TO_HIDE });
    expect(item.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'approve', 'report', 'hide']);

    const restore = await mod.client.post(`/api/moderation/designs/${id}/approve`);
    expect(restore.status).toBe(200);
    expect((await new Client(server.url).get(`/api/designs/${id}`)).status).toBe(200);
    expect(await queueItem(id)).toBeUndefined();
    const audit = (await mod.client.get('/api/moderation/audit')).json.items[0];
    expect(audit).toMatchObject({ action: 'restore', designId: id, from: 'public', to: 'public' });
    // A restore closes those reports: the same users cannot report again, others can.
    expect((await rs[0].client.post(`/api/designs/${id}/report`, { reason: 'again' })).status).toBe(409);
  });

  test('a hidden design can be taken down instead; a decided design answers 409', async () => {
    const id = await published(server.url, owner, mod);
    for (const r of await reporters(REPORTS_TO_HIDE))
      await r.client.post(`/api/designs/${id}/report`, { reason: 'beleidigend' });
    const down = await mod.client.post(`/api/moderation/designs/${id}/takedown`, {
      reason: 'Beleidigend',
      reasonCode: 'offensive_text',
    });
    expect(down.json.status).toBe('taken_down');
    expect((await mod.client.post(`/api/moderation/designs/${id}/approve`)).status).toBe(409);
    expect(await queueItem(id)).toBeUndefined();
  });

  test('guests, owners and private designs: 401, 403, 404; an empty reason is 400', async () => {
    const id = await published(server.url, owner, mod);
    expect((await new Client(server.url).post(`/api/designs/${id}/report`, { reason: 'x' })).status).toBe(401);
    expect((await owner.client.post(`/api/designs/${id}/report`, { reason: 'x' })).status).toBe(403);
    const [r] = await reporters(1);
    expect((await r.client.post(`/api/designs/${id}/report`, { reason: '  ' })).status).toBe(400);
    const { id: priv } = await saved(owner, await muesliDraft(server.url));
    expect((await r.client.post(`/api/designs/${priv}/report`, { reason: 'x' })).status).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Client } from '@tests/setup/http';
import type { TestServer } from '@tests/setup/server';
import { moderator, muesliDraft, saved, shopper, startWorkflowServer, submitted, type Person } from './helpers';

let server: TestServer;
let mod: Person;
beforeAll(async () => {
  server = await startWorkflowServer();
  mod = await moderator(server.url, 'Mona');
});
afterAll(() => server.stop());

const get = (who: Client, id: string) => who.get(`/api/designs/${id}`);

describe('the design workflow', () => {
  test('private → pending → public: the owner submits, a moderator approves, everyone can open it', async () => {
    const owner = await shopper(server.url, 'Paula');
    const { id } = await saved(owner, await muesliDraft(server.url));
    const sub = await owner.client.post(`/api/designs/${id}/submit`);
    expect(sub.status).toBe(200);
    expect(sub.json.status).toBe('pending');
    expect((await get(new Client(server.url), id)).status).toBe(403);

    const ok = await mod.client.post(`/api/moderation/designs/${id}/approve`);
    expect(ok.status).toBe(200);
    expect(ok.json.status).toBe('public');
    const anon = await get(new Client(server.url), id);
    expect(anon.status).toBe(200);
    expect(anon.json).not.toHaveProperty('moderation');
    const mine = (await get(owner.client, id)).json;
    expect(mine.moderation).toEqual({ rejection: null, appeal: 'none', findings: [], hidden: false });
    expect(mine.status).toBe('public');
  });

  test('pending → rejected: the author sees the reason and template code; PATCH revises back to private; resubmit', async () => {
    const owner = await shopper(server.url, 'Rita');
    const id = await submitted(server.url, owner);
    const rej = await mod.client.post(`/api/moderation/designs/${id}/reject`, {
      reason: 'Der Name verrät eine Adresse.',
      reasonCode: 'personal_data',
    });
    expect(rej.status).toBe(200);
    expect(rej.json.status).toBe('rejected');
    const seen = (await get(owner.client, id)).json;
    expect(seen.moderation.rejection).toMatchObject({
      reason: 'Der Name verrät eine Adresse.',
      reasonCode: 'personal_data',
    });
    expect(seen.moderation.rejection).not.toHaveProperty('by');
    expect(seen.moderation.appeal).toBe('available');

    // Resubmitting unchanged is refused: revise or appeal.
    expect((await owner.client.post(`/api/designs/${id}/submit`)).status).toBe(409);
    const revised = await owner.client.patch(`/api/designs/${id}`, { name: 'Omas Müsli' });
    expect(revised.status).toBe(200);
    expect(revised.json.status).toBe('private');
    expect(revised.json.moderation.rejection.reason).toBe('Der Name verrät eine Adresse.');
    expect((await owner.client.post(`/api/designs/${id}/submit`)).json.status).toBe('pending');
  });

  test('public → taken_down with a reason; then it is gone for the public and final', async () => {
    const owner = await shopper(server.url, 'Tom');
    const id = await submitted(server.url, owner);
    await mod.client.post(`/api/moderation/designs/${id}/approve`);
    expect((await mod.client.post(`/api/moderation/designs/${id}/takedown`, {})).status).toBe(400);
    const down = await mod.client.post(`/api/moderation/designs/${id}/takedown`, {
      reason: 'Markenrecht',
      reasonCode: 'trademark',
    });
    expect(down.status).toBe(200);
    expect(down.json.status).toBe('taken_down');
    expect((await get(new Client(server.url), id)).status).toBe(403);
    expect((await owner.client.patch(`/api/designs/${id}`, { name: 'neu' })).status).toBe(409);
    expect((await owner.client.post(`/api/designs/${id}/submit`)).status).toBe(409);
    expect((await mod.client.post(`/api/moderation/designs/${id}/approve`)).status).toBe(409);
  });

  test('a pending design cannot be edited, submitted twice, or taken down; a private one cannot be approved', async () => {
    const owner = await shopper(server.url, 'Uwe');
    const id = await submitted(server.url, owner);
    expect((await owner.client.patch(`/api/designs/${id}`, { name: 'anders' })).status).toBe(409);
    expect((await owner.client.post(`/api/designs/${id}/submit`)).status).toBe(409);
    expect((await mod.client.post(`/api/moderation/designs/${id}/takedown`, { reason: 'x' })).status).toBe(409);
    const { id: other } = await saved(owner, await muesliDraft(server.url));
    expect((await mod.client.post(`/api/moderation/designs/${other}/approve`)).status).toBe(409);
    expect((await mod.client.post('/api/moderation/designs/AAAAAAAAAAAAAAAA/approve')).status).toBe(404);
  });

  test('a review-level finding travels with the submission into the queue, first there', async () => {
    const owner = await shopper(server.url, 'Vera');
    const plain = await submitted(server.url, owner, 'Früher');
    const flagged = await submitted(server.url, owner, 'Dummkopf Müsli');
    const { items } = (await mod.client.get('/api/moderation/queue')).json;
    const ids = items.map((i: { design: { id: string } }) => i.design.id);
    expect(ids.indexOf(flagged)).toBeLessThan(ids.indexOf(plain));
    const item = items.find((i: { design: { id: string } }) => i.design.id === flagged);
    expect(item).toMatchObject({ kind: 'submission', priority: 'high', author: { id: owner.id, displayName: 'Vera' } });
    expect(item.texts).toEqual([
      {
        path: '/name',
        text: 'Dummkopf Müsli',
        matches: [{ start: 0, end: 8, category: 'insult', severity: 'review', term: 'dummkopf' }],
      },
    ]);
    expect(item.history.map((h: { action: string }) => h.action)).toEqual(['submit']);
  });

  test('guests cannot submit (an account is needed to go public); another user gets 403', async () => {
    const guest = new Client(server.url);
    const { json } = await guest.post('/api/designs', await muesliDraft(server.url));
    expect((await guest.post(`/api/designs/${json.id}/submit`)).status).toBe(401);
    const owner = await shopper(server.url, 'Wanda');
    const { id } = await saved(owner, await muesliDraft(server.url));
    const stranger = await shopper(server.url, 'Xaver');
    expect((await stranger.client.post(`/api/designs/${id}/submit`)).status).toBe(403);
  });
});

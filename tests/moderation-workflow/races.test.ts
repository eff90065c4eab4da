import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { insertPermit } from '@server/db/permits';
import type { TestServer } from '@tests/setup/server';
import {
  moderator,
  muesliDraft,
  published,
  saved,
  shopper,
  startWorkflowServer,
  submitted,
  type Person,
} from './helpers';

let server: TestServer;
let mods: Person[];
let owner: Person;
beforeAll(async () => {
  // No permit sweep during these tests: one of them leaves a stuck permit for the writer to clear.
  server = await startWorkflowServer({ env: { PERMIT_SWEEP_MS: String(3600_000) } });
  mods = await Promise.all(['Mia', 'Max', 'Mel', 'Moe'].map((n) => moderator(server.url, n)));
  owner = await shopper(server.url, 'Olga');
});
afterAll(() => server.stop());

const statuses = (results: { status: number }[]) => results.map((r) => r.status).sort();

describe('two moderators deciding one design at once: exactly one wins', () => {
  test('approve against reject, in parallel, many times', async () => {
    for (let round = 0; round < 8; round++) {
      const id = await submitted(server.url, owner);
      const [a, b] = await Promise.all([
        mods[0].client.post(`/api/moderation/designs/${id}/approve`),
        mods[1].client.post(`/api/moderation/designs/${id}/reject`, { reason: 'nein', reasonCode: 'other' }),
      ]);
      expect(statuses([a, b])).toEqual([200, 409]);
      const winner = a.status === 200 ? a : b;
      expect((await owner.client.get(`/api/designs/${id}`)).json.status).toBe(winner.json.status);
      const loser = a.status === 409 ? a : b;
      expect(loser.json.code).toBe('conflict');
    }
  });

  test('four moderators approve at once: one 200, three 409, one audit entry', async () => {
    const id = await submitted(server.url, owner);
    const results = await Promise.all(mods.map((m) => m.client.post(`/api/moderation/designs/${id}/approve`)));
    expect(statuses(results)).toEqual([200, 409, 409, 409]);
    const { items } = (await mods[0].client.get('/api/moderation/audit?limit=100')).json;
    expect(items.filter((e: { designId: string }) => e.designId === id)).toHaveLength(1);
  });

  test('two take-downs of one public design: one wins', async () => {
    const id = await published(server.url, owner, mods[0]);
    const results = await Promise.all(
      mods.slice(0, 2).map((m) => m.client.post(`/api/moderation/designs/${id}/takedown`, { reason: 'Spam' })),
    );
    expect(statuses(results)).toEqual([200, 409]);
  });

  test('claims: one moderator holds a claim, another gets 409 but may still decide without one', async () => {
    const id = await submitted(server.url, owner);
    const [a, b] = await Promise.all(mods.slice(0, 2).map((m) => m.client.post(`/api/moderation/designs/${id}/claim`)));
    expect(statuses([a, b])).toEqual([200, 409]);
    const holder = a.status === 200 ? mods[0] : mods[1];
    const other = holder === mods[0] ? mods[1] : mods[0];
    const item = (await holder.client.get('/api/moderation/queue')).json.items.find(
      (i: { design: { id: string } }) => i.design.id === id,
    );
    expect(item.claim).toMatchObject({ by: { id: holder.id, displayName: holder.name }, mine: true });
    expect((await holder.client.post(`/api/moderation/designs/${id}/claim`)).status).toBe(200);
    expect((await other.client.post(`/api/moderation/designs/${id}/approve`)).status).toBe(200);
    expect((await holder.client.post(`/api/moderation/designs/${id}/claim`)).status).toBe(409);
  });

  test('the author edits and appeals at once: one wins, nothing is half-applied', async () => {
    const id = await submitted(server.url, owner);
    await mods[0].client.post(`/api/moderation/designs/${id}/reject`, { reason: 'nein' });
    const [edit, appeal] = await Promise.all([
      owner.client.patch(`/api/designs/${id}`, { name: 'Anders' }),
      owner.client.post(`/api/designs/${id}/appeal`, { message: 'Bitte nochmal.' }),
    ]);
    expect(statuses([edit, appeal])).toEqual([200, 409]);
    const now = (await owner.client.get(`/api/designs/${id}`)).json;
    expect(now.status).toBe(edit.status === 200 ? 'private' : 'pending');
    expect(now.name).toBe(edit.status === 200 ? 'Anders' : 'Omas Frühstück');
  });

  test('a write permit left by a crashed writer blocks once (409), then is cleared', async () => {
    const { id } = await saved(owner, await muesliDraft(server.url));
    const doc = (await owner.client.get(`/api/designs/${id}`)).json;
    expect(doc.status).toBe('private');
    // As if a writer took the permit for revision 0 a minute ago and died before writing.
    await insertPermit({ _id: `${id}:0`, at: new Date(Date.now() - 60_000) });
    expect((await owner.client.post(`/api/designs/${id}/submit`)).status).toBe(409);
    expect((await owner.client.post(`/api/designs/${id}/submit`)).status).toBe(200);
  });
});

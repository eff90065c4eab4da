import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestServer } from '@tests/setup/server';
import { moderator, published, shopper, startWorkflowServer, submitted } from './helpers';

let server: TestServer;
beforeAll(async () => {
  server = await startWorkflowServer();
});
afterAll(() => server.stop());

describe('the audit log', () => {
  test('every decision: who, what, when, why; newest first, paged by cursor', async () => {
    const [mod, other] = await Promise.all([moderator(server.url, 'Ada'), moderator(server.url, 'Ben')]);
    const owner = await shopper(server.url, 'Cora');
    const approved = await published(server.url, owner, mod);
    const rejected = await submitted(server.url, owner);
    await other.client.post(`/api/moderation/designs/${rejected}/reject`, { reason: 'Zu scharf', reasonCode: 'other' });
    await mod.client.post(`/api/moderation/designs/${approved}/takedown`, {
      reason: 'Markenname',
      reasonCode: 'trademark',
    });
    const troll = await shopper(server.url, 'Troll');
    expect(
      (await mod.client.post(`/api/moderation/users/${troll.id}/suspend`, { reason: 'Beleidigungen' })).status,
    ).toBe(204);

    const page1 = await mod.client.get('/api/moderation/audit?limit=2');
    expect(page1.status).toBe(200);
    expect(page1.json.items).toEqual([
      expect.objectContaining({
        action: 'suspend',
        userId: troll.id,
        actor: { id: mod.id, displayName: 'Ada' },
        reason: 'Beleidigungen',
        designId: null,
      }),
      expect.objectContaining({
        action: 'takedown',
        designId: approved,
        from: 'public',
        to: 'taken_down',
        reason: 'Markenname',
        reasonCode: 'trademark',
        userId: owner.id,
      }),
    ]);
    expect(Date.parse(page1.json.items[0].at)).toBeGreaterThan(Date.now() - 60_000);
    const page2 = await mod.client.get(`/api/moderation/audit?limit=2&cursor=${page1.json.nextCursor}`);
    expect(page2.json.items.map((e: { action: string }) => e.action)).toEqual(['reject', 'approve']);
    expect(page2.json.items[0]).toMatchObject({
      actor: { id: other.id },
      reason: 'Zu scharf',
      from: 'pending',
      to: 'rejected',
    });
    expect(page2.json.nextCursor).toBeNull();
  });

  test('bad limit or cursor: 400', async () => {
    const mod = await moderator(server.url, 'Dan');
    for (const q of ['limit=0', 'limit=101', 'limit=abc', 'cursor=nope', 'cursor=zzzzzzzzzzzzzzzzzzzzzzzz']) {
      expect((await mod.client.get(`/api/moderation/audit?${q}`)).status, q).toBe(400);
    }
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestServer } from '@tests/setup/server';
import { moderator, shopper, startWorkflowServer, submitted, type Person } from './helpers';

let server: TestServer;
let first: Person;
let second: Person;
beforeAll(async () => {
  server = await startWorkflowServer();
  [first, second] = await Promise.all([moderator(server.url, 'Erste'), moderator(server.url, 'Zweite')]);
});
afterAll(() => server.stop());

async function rejectedBy(mod: Person, owner: Person): Promise<string> {
  const id = await submitted(server.url, owner);
  const res = await mod.client.post(`/api/moderation/designs/${id}/reject`, {
    reason: '',
    reasonCode: 'offensive_text',
  });
  expect(res.status).toBe(200);
  return id;
}

describe('appeal once, to a different moderator', () => {
  test('the appeal puts the design back in the queue; the rejecting moderator may not decide it', async () => {
    const owner = await shopper(server.url, 'Anja');
    const id = await rejectedBy(first, owner);
    const appeal = await owner.client.post(`/api/designs/${id}/appeal`, { message: 'Das ist ein Familienname.' });
    expect(appeal.status).toBe(200);
    expect(appeal.json).toMatchObject({ status: 'pending', moderation: { appeal: 'pending' } });

    const item = (await first.client.get('/api/moderation/queue')).json.items.find(
      (i: { design: { id: string } }) => i.design.id === id,
    );
    expect(item).toMatchObject({
      kind: 'appeal',
      blockedForMe: 'own_rejection',
      appeal: { message: 'Das ist ein Familienname.' },
    });
    expect(item.rejection).toMatchObject({ reasonCode: 'offensive_text', by: { id: first.id } });
    for (const action of ['approve', 'reject', 'claim']) {
      const res = await first.client.post(
        `/api/moderation/designs/${id}/${action}`,
        action === 'reject' ? { reason: 'nochmal nein' } : undefined,
      );
      expect(res.status, action).toBe(403);
    }
    const ok = await second.client.post(`/api/moderation/designs/${id}/approve`);
    expect(ok.status).toBe(200);
    expect(ok.json.status).toBe('public');
    expect((await owner.client.get(`/api/designs/${id}`)).json.moderation.appeal).toBe('used');
  });

  test('a second appeal is refused (409); the author revises and resubmits instead', async () => {
    const owner = await shopper(server.url, 'Bernd');
    const id = await rejectedBy(first, owner);
    await owner.client.post(`/api/designs/${id}/appeal`, { message: 'Bitte nochmal ansehen.' });
    expect(
      (await second.client.post(`/api/moderation/designs/${id}/reject`, { reason: 'Bleibt abgelehnt.' })).status,
    ).toBe(200);
    const again = await owner.client.post(`/api/designs/${id}/appeal`, { message: 'Und nochmal.' });
    expect(again.status).toBe(409);
    expect((await owner.client.get(`/api/designs/${id}`)).json.moderation).toMatchObject({
      appeal: 'used',
      rejection: { reason: 'Bleibt abgelehnt.' },
    });
    expect((await owner.client.patch(`/api/designs/${id}`, { name: 'Neu' })).json.status).toBe('private');
  });

  test('only the owner appeals, only a rejected design, with an allowed, non-empty message', async () => {
    const owner = await shopper(server.url, 'Cleo');
    const id = await rejectedBy(first, owner);
    const stranger = await shopper(server.url, 'Dieter');
    expect((await stranger.client.post(`/api/designs/${id}/appeal`, { message: 'hallo' })).status).toBe(403);
    expect((await owner.client.post(`/api/designs/${id}/appeal`, { message: '   ' })).status).toBe(400);
    const rude = await owner.client.post(`/api/designs/${id}/appeal`, { message: 'Ihr Arschgeigen' });
    expect(rude.status).toBe(422);
    expect(rude.json.errors[0].path).toBe('/message');
    const pendingId = await submitted(server.url, owner);
    expect((await owner.client.post(`/api/designs/${pendingId}/appeal`, { message: 'warum?' })).status).toBe(409);
  });
});

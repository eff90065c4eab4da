import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Client } from '@tests/setup/http';
import type { TestServer } from '@tests/setup/server';
import { PASSWORD, admin, moderator, published, shopper, startWorkflowServer, submitted, type Person } from './helpers';

let server: TestServer;
let mod: Person;
let owner: Person;
let pendingId: string;
beforeAll(async () => {
  server = await startWorkflowServer();
  mod = await moderator(server.url, 'Molly');
  owner = await shopper(server.url, 'Olaf');
  pendingId = await submitted(server.url, owner);
});
afterAll(() => server.stop());

const MODERATOR_ROUTES = (id: string, userId: string): [string, string, unknown?][] => [
  ['GET', '/api/moderation/queue'],
  ['GET', '/api/moderation/audit'],
  ['POST', `/api/moderation/designs/${id}/claim`],
  ['POST', `/api/moderation/designs/${id}/approve`],
  ['POST', `/api/moderation/designs/${id}/reject`, { reason: 'nein' }],
  ['POST', `/api/moderation/designs/${id}/takedown`, { reason: 'weg' }],
  ['POST', `/api/moderation/users/${userId}/suspend`, { reason: 'weg' }],
];

describe('authorisation on every moderation route', () => {
  test('signed out: 401; a shopper, an admin without the role: 403; nothing changes', async () => {
    const shopperClient = (await shopper(server.url, 'Sam')).client;
    const adminClient = await admin(server.url);
    for (const [method, path, body] of MODERATOR_ROUTES(pendingId, owner.id)) {
      expect((await new Client(server.url).request(method, path, body)).status, `${method} ${path}`).toBe(401);
      expect((await shopperClient.request(method, path, body)).status, `${method} ${path}`).toBe(403);
      expect((await adminClient.request(method, path, body)).status, `${method} ${path}`).toBe(403);
    }
    expect((await owner.client.get(`/api/designs/${pendingId}`)).json.status).toBe('pending');
    expect((await new Client(server.url).post('/api/moderation/check', { text: 'hallo' })).status).toBe(200);
  });

  test('nobody decides on their own design, not even a moderator', async () => {
    const id = await submitted(server.url, mod);
    for (const action of ['approve', 'claim'])
      expect((await mod.client.post(`/api/moderation/designs/${id}/${action}`)).status).toBe(403);
    expect((await mod.client.post(`/api/moderation/designs/${id}/reject`, { reason: 'x' })).status).toBe(403);
    const item = (await mod.client.get('/api/moderation/queue')).json.items.find(
      (i: { design: { id: string } }) => i.design.id === id,
    );
    expect(item.blockedForMe).toBe('own_design');
  });

  test('bad decision bodies: 400', async () => {
    const bad: [string, unknown][] = [
      ['reject', {}],
      ['reject', { reason: '   ' }],
      ['reject', { reason: 'x', reasonCode: 'mean' }],
      ['reject', { reason: 'x'.repeat(1001) }],
      ['takedown', { reasonCode: 'spam', reason: '' }],
    ];
    for (const [action, body] of bad)
      expect(
        (await mod.client.post(`/api/moderation/designs/${pendingId}/${action}`, body)).status,
        JSON.stringify(body),
      ).toBe(400);
  });
});

describe('suspending a user', () => {
  test('their session stops, they cannot sign in, their public designs are hidden; once only', async () => {
    const troll = await shopper(server.url, 'Tim');
    const id = await published(server.url, troll, mod);
    const res = await mod.client.post(`/api/moderation/users/${troll.id}/suspend`, {
      reason: 'Beleidigungen im Namen',
    });
    expect(res.status).toBe(204);
    expect((await troll.client.get('/api/auth/me')).status).toBe(401);
    expect((await troll.client.post(`/api/designs/${id}/submit`)).status).toBe(401);
    expect(
      (await new Client(server.url).post('/api/auth/login', { email: troll.email, password: PASSWORD })).status,
    ).toBe(403);
    expect((await new Client(server.url).get(`/api/designs/${id}`)).status).toBe(403);
    expect((await mod.client.post(`/api/moderation/users/${troll.id}/suspend`, { reason: 'nochmal' })).status).toBe(
      409,
    );
  });

  test('not oneself, not staff, not nobody', async () => {
    const other = await moderator(server.url, 'Mats');
    expect((await mod.client.post(`/api/moderation/users/${mod.id}/suspend`, { reason: 'x' })).status).toBe(403);
    expect((await mod.client.post(`/api/moderation/users/${other.id}/suspend`, { reason: 'x' })).status).toBe(403);
    const adminId = (await (await admin(server.url)).get('/api/auth/me')).json.id;
    expect((await mod.client.post(`/api/moderation/users/${adminId}/suspend`, { reason: 'x' })).status).toBe(403);
    expect((await mod.client.post('/api/moderation/users/AAAAAAAAAAAAAAAA/suspend', { reason: 'x' })).status).toBe(404);
  });
});

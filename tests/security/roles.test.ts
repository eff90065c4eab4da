import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureAdmin } from '@server/auth/ensureAdmin';
import { canDecideDesign, canSetRoles } from '@server/policies/rolePolicy';
import { Client } from '@tests/setup/http';
import { startTestServer, type TestServer } from '@tests/setup/server';
import { PASSWORD, signedIn, signedUp, uniqueEmail, validDraft } from './helpers';

let server: TestServer;
let admin: Client;
const ADMIN_EMAIL = 'Root@Example.org';
const ADMIN_PASSWORD = 'the admin password';

beforeAll(async () => {
  server = await startTestServer({
    env: { RATE_LIMIT_LOGIN: '1000', RATE_LIMIT_REGISTER: '1000', ADMIN_EMAIL, ADMIN_PASSWORD },
  });
  admin = await signedIn(server.url, 'root@example.org', ADMIN_PASSWORD);
});
afterAll(() => server.stop());

/** A signed-in user holding exactly `roles` (granted by the admin through the API). */
async function userWith(roles: string[]) {
  const u = await signedUp(server.url, roles.join('-') || 'plain');
  if (roles.length) expect((await admin.patch(`/api/admin/users/${u.id}`, { roles })).status).toBe(200);
  return u;
}

describe('ADMIN_EMAIL and ADMIN_PASSWORD', () => {
  test('ensure an admin at start', async () => {
    const me = await admin.get('/api/auth/me');
    expect(me.json).toMatchObject({ email: ADMIN_EMAIL, displayName: 'Admin' });
    expect(me.json.roles).toEqual(expect.arrayContaining(['admin']));
  });

  test('grant the admin role to an account that already exists, keeping its password', async () => {
    const { email, client } = await signedUp(server.url, 'later-admin');
    await ensureAdmin(
      { adminEmail: email.toUpperCase(), adminPassword: 'ignored because it exists' },
      pino({ level: 'silent' }),
    );
    expect((await client.get('/api/auth/me')).json.roles).toEqual(['shopper', 'admin']);
    expect((await new Client(server.url).post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200);
  });

  test('refuse a half or weak configuration with a sentence that says the fix', async () => {
    const log = pino({ level: 'silent' });
    await expect(ensureAdmin({ adminEmail: 'a@b.org', adminPassword: undefined }, log)).rejects.toThrow(
      /both ADMIN_EMAIL and ADMIN_PASSWORD/,
    );
    await expect(ensureAdmin({ adminEmail: uniqueEmail('weak'), adminPassword: 'short' }, log)).rejects.toThrow(
      /ADMIN_PASSWORD/,
    );
  });
});

describe('role boundaries: 401 without a session, 403 without the role', () => {
  test.each([
    ['GET', '/api/admin/users?email=a'],
    ['PATCH', '/api/admin/users/AAAAAAAAAAAAAAAA'],
  ])('%s %s', async (method, path) => {
    const body = method === 'PATCH' ? { roles: ['shopper'] } : undefined;
    const guest = await new Client(server.url).request(method, path, body);
    expect(guest.status).toBe(401);
    expect(guest.json.code).toBe('unauthorized');
    for (const roles of [[], ['moderator'], ['merchandiser'], ['moderator', 'merchandiser']]) {
      const { client } = await userWith(roles);
      const res = await client.request(method, path, body);
      expect(res.status, roles.join()).toBe(403);
      expect(res.json.code).toBe('forbidden');
    }
  });

  test('a shopper cannot grant themselves a role', async () => {
    const { client, id } = await signedUp(server.url, 'climber');
    expect((await client.patch(`/api/admin/users/${id}`, { roles: ['admin'] })).status).toBe(403);
    expect((await client.get('/api/auth/me')).json.roles).toEqual(['shopper']);
  });
});

describe('the admin manages roles', () => {
  test('finds users by the start of their email, case-insensitively, without hashes', async () => {
    const { email, id } = await signedUp(server.url, 'findme');
    const res = await admin.get(`/api/admin/users?email=${encodeURIComponent(email.slice(0, 12).toUpperCase())}`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual([
      { id, email, displayName: 'findme', roles: ['shopper'], suspended: false, createdAt: expect.any(String) },
    ]);
    expect(res.text).not.toMatch(/argon2|passwordHash|emailLower/);
    const all = await admin.get('/api/admin/users');
    expect(all.json.length).toBeGreaterThan(1);
    // Regex characters are searched for literally, never interpreted.
    expect((await admin.get('/api/admin/users?email=.*')).json).toEqual([]);
  });

  test('grants and revokes; the change applies to open sessions at once', async () => {
    const { client, id } = await signedUp(server.url, 'promoted');
    const granted = await admin.patch(`/api/admin/users/${id}`, { roles: ['moderator', 'merchandiser'] });
    expect(granted.status).toBe(200);
    expect(granted.json.roles).toEqual(['shopper', 'merchandiser', 'moderator']);
    expect((await client.get('/api/auth/me')).json.roles).toEqual(['shopper', 'merchandiser', 'moderator']);
    const revoked = await admin.patch(`/api/admin/users/${id}`, { roles: [] });
    expect(revoked.json.roles).toEqual(['shopper']);
    expect((await client.get('/api/auth/me')).json.roles).toEqual(['shopper']);
  });

  test('a new admin can use the admin routes; an admin cannot drop their own admin role', async () => {
    const { client, id } = await userWith(['admin']);
    expect((await client.get('/api/admin/users')).status).toBe(200);
    const self = await client.patch(`/api/admin/users/${id}`, { roles: ['moderator'] });
    expect(self.status).toBe(403);
    expect(self.json.detail).toMatch(/own admin role/);
    expect((await client.patch(`/api/admin/users/${id}`, { roles: ['admin', 'moderator'] })).status).toBe(200);
    expect((await admin.patch(`/api/admin/users/${id}`, { roles: [] })).status).toBe(200);
    expect((await client.get('/api/admin/users')).status).toBe(403);
  });

  test.each([
    ['an unknown role', { roles: ['superuser'] }],
    ['a duplicate role', { roles: ['moderator', 'moderator'] }],
    ['roles as a string', { roles: 'admin' }],
    ['another field', { roles: [], email: 'x@y.org' }],
    ['a password', { roles: [], passwordHash: 'x' }],
    ['no roles', {}],
  ])('refuses %s with 400', async (_what, body) => {
    const { id } = await signedUp(server.url, 'target');
    const res = await admin.patch(`/api/admin/users/${id}`, body);
    expect(res.status).toBe(400);
  });

  test('an unknown or malformed id is 404', async () => {
    expect((await admin.patch('/api/admin/users/AAAAAAAAAAAAAAAA', { roles: [] })).status).toBe(404);
    expect((await admin.patch('/api/admin/users/%24ne', { roles: [] })).status).toBe(404);
  });
});

describe('designs are private to their owner', () => {
  test("a signed-in user cannot read, change or delete another user's private design by its id", async () => {
    const alice = await signedUp(server.url, 'alice');
    const bob = await signedUp(server.url, 'bob');
    const id = (await alice.client.post('/api/designs', await validDraft(server.url))).json.id;
    expect((await bob.client.get(`/api/designs/${id}`)).status).toBe(403);
    expect((await bob.client.patch(`/api/designs/${id}`, { name: 'mine' })).status).toBe(403);
    expect((await bob.client.delete(`/api/designs/${id}`)).status).toBe(403);
    expect((await bob.client.get('/api/designs')).json).toEqual([]);
    expect((await new Client(server.url).get(`/api/designs/${id}`)).status).toBe(403);
    // Not even an admin or a moderator reads a private design through the shopper routes.
    expect((await admin.get(`/api/designs/${id}`)).status).toBe(403);
    expect((await alice.client.get(`/api/designs/${id}`)).json.name).toBe('Sicherheitsmüsli');
  });

  test('the owner fields cannot be set or changed by a client', async () => {
    const alice = await signedUp(server.url, 'owner');
    const draft = await validDraft(server.url);
    for (const extra of [
      { ownerUserId: 'x' },
      { ownerGuestId: 'x' },
      { status: 'public' },
      { votes: 99 },
      { createdAt: '2020-01-01' },
    ]) {
      expect((await alice.client.post('/api/designs', { ...draft, ...extra })).status, JSON.stringify(extra)).toBe(400);
    }
    const id = (await alice.client.post('/api/designs', draft)).json.id;
    for (const extra of [{ ownerUserId: 'x' }, { status: 'public' }, { totals: { priceCents: 1 } }, { revision: 7 }]) {
      expect((await alice.client.patch(`/api/designs/${id}`, extra)).status, JSON.stringify(extra)).toBe(400);
    }
  });
});

describe('role policy', () => {
  const mod = { userId: 'm', roles: ['shopper', 'moderator'] as const };
  test('nobody decides on their own design; only moderators decide', () => {
    expect(canDecideDesign({ ...mod, roles: [...mod.roles] }, { ownerUserId: 'someone' })).toBe(true);
    expect(canDecideDesign({ ...mod, roles: [...mod.roles] }, { ownerUserId: 'm' })).toBe(false);
    expect(canDecideDesign({ userId: 'a', roles: ['shopper', 'admin'] }, { ownerUserId: 'x' })).toBe(false);
    expect(canDecideDesign({ guestId: 'g', roles: [] }, { ownerUserId: 'x' })).toBe(false);
  });
  test('an admin sets anyone’s roles but never drops their own admin role', () => {
    const a = { userId: 'a', roles: ['shopper', 'admin'] as ('shopper' | 'admin')[] };
    expect(canSetRoles(a, 'b', [])).toBe(true);
    expect(canSetRoles(a, 'a', ['shopper'])).toBe(false);
    expect(canSetRoles(a, 'a', ['shopper', 'admin'])).toBe(true);
    expect(canSetRoles({ userId: 'b', roles: ['shopper', 'moderator'] }, 'b', ['admin'])).toBe(false);
  });
});

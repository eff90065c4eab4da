import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UserModel } from '@server/models/User';
import { Client } from '@tests/setup/http';
import { startTestServer, type TestServer } from '@tests/setup/server';
import { PASSWORD, sessionCookieOf, signedIn, signedUp, uniqueEmail, validDraft } from './helpers';

let server: TestServer;
const NO_LIMITS = { RATE_LIMIT_LOGIN: '1000', RATE_LIMIT_REGISTER: '1000' };

beforeAll(async () => {
  server = await startTestServer({ env: NO_LIMITS });
});
afterAll(() => server.stop());

describe('register', () => {
  test('creates a shopper, signs in and answers me; the hash never leaves the server', async () => {
    const c = new Client(server.url);
    const email = uniqueEmail('Anna');
    const res = await c.post('/api/auth/register', { email, password: PASSWORD, displayName: 'Anna' });
    expect(res.status).toBe(201);
    expect(res.json).toEqual({ id: expect.any(String), email, displayName: 'Anna', roles: ['shopper'] });
    expect(res.headers.get('set-cookie')).toMatch(/prosumer\.sid=.*HttpOnly.*SameSite=Lax/i);
    const me = await c.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.json).toEqual(res.json);
    expect(me.text).not.toMatch(/argon2|passwordHash/);
    const stored = await UserModel.findById(res.json.id).lean();
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored?.passwordHash).not.toContain(PASSWORD);
  });

  test('an email is unique whatever its case', async () => {
    const email = uniqueEmail('case');
    expect(
      (await new Client(server.url).post('/api/auth/register', { email, password: PASSWORD, displayName: 'A' })).status,
    ).toBe(201);
    const again = await new Client(server.url).post('/api/auth/register', {
      email: email.toUpperCase(),
      password: PASSWORD,
      displayName: 'B',
    });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('conflict');
    expect((await signedIn(server.url, email.toUpperCase())).constructor).toBe(Client);
  });

  test.each([
    ['a short password', { password: 'short' }],
    ['a password over 200 characters', { password: 'x'.repeat(201) }],
    ['an empty display name', { displayName: '' }],
    ['a display name over 40 characters', { displayName: 'n'.repeat(41) }],
    ['a control character in the display name', { displayName: 'Evil\u0007Bell' }],
    ['a bidi override in the display name', { displayName: 'abc\u202Egpj.exe' }],
    ['a display name with outer spaces', { displayName: ' Anna ' }],
    ['an email without @', { email: 'not-an-email' }],
    ['a number as email', { email: 42 }],
  ])('refuses %s with 400', async (_what, change) => {
    const res = await new Client(server.url).post('/api/auth/register', {
      email: uniqueEmail(),
      password: PASSWORD,
      displayName: 'Ok',
      ...change,
    });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('invalid_body');
  });

  test('refuses the email as password, in any case', async () => {
    const email = uniqueEmail('same');
    const res = await new Client(server.url).post('/api/auth/register', {
      email,
      password: email.toUpperCase(),
      displayName: 'S',
    });
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([expect.objectContaining({ code: 'password_is_email', path: '/password' })]);
  });

  test('mass assignment: roles, suspendedAt, id or timestamps sent by a client are refused with 400', async () => {
    for (const extra of [
      { roles: ['admin'] },
      { suspendedAt: null },
      { _id: 'AAAAAAAAAAAAAAAA' },
      { id: 'x' },
      { createdAt: '2020-01-01' },
      { emailLower: 'a@b.c' },
    ]) {
      const email = uniqueEmail('mass');
      const res = await new Client(server.url).post('/api/auth/register', {
        email,
        password: PASSWORD,
        displayName: 'M',
        ...extra,
      });
      expect(res.status, JSON.stringify(extra)).toBe(400);
      expect(await UserModel.countDocuments({ emailLower: email })).toBe(0);
    }
  });
});

describe('login and logout', () => {
  test('unknown email and wrong password get the very same answer', async () => {
    const { email } = await signedUp(server.url, 'known');
    const wrong = await new Client(server.url).post('/api/auth/login', { email, password: 'wrong password!' });
    const unknown = await new Client(server.url).post('/api/auth/login', {
      email: uniqueEmail('nobody'),
      password: 'wrong password!',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.headers.get('content-type')).toBe(unknown.headers.get('content-type'));
    expect(wrong.json).toEqual(unknown.json);
    expect(sessionCookieOf(wrong)).toBeUndefined();
    expect(sessionCookieOf(unknown)).toBeUndefined();
  });

  test('session fixation: signing in issues a new session id and the old one is dead', async () => {
    const { email } = await signedUp(server.url, 'fix');
    const c = new Client(server.url);
    const guest = await c.post('/api/designs', await validDraft(server.url));
    const before = sessionCookieOf(guest)!;
    expect(before).toBeDefined();
    const login = await c.post('/api/auth/login', { email, password: PASSWORD });
    expect(login.status).toBe(200);
    const after = sessionCookieOf(login)!;
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    const replay = new Client(server.url);
    expect((await replay.get('/api/auth/me', { cookie: before })).status).toBe(401);
    expect((await replay.get('/api/designs', { cookie: before })).json).toEqual([]);
  });

  test('logout ends the session in the store; replaying the old cookie is 401', async () => {
    const user = new Client(server.url);
    const reg = await user.post('/api/auth/register', {
      email: uniqueEmail('bye'),
      password: PASSWORD,
      displayName: 'B',
    });
    const old = sessionCookieOf(reg)!;
    expect((await user.get('/api/auth/me')).status).toBe(200);
    const out = await user.post('/api/auth/logout');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/prosumer\.sid=;.*Expires=Thu, 01 Jan 1970/i);
    const replay = await new Client(server.url).get('/api/auth/me', { cookie: old });
    expect(replay.status).toBe(401);
    expect(replay.json.code).toBe('unauthorized');
  });

  test('me without a session is 401 problem+json', async () => {
    const res = await new Client(server.url).get('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });

  test('a forged or tampered session cookie is worth nothing', async () => {
    const { client } = await signedUp(server.url, 'tamper');
    const real = sessionCookieOf(await client.post('/api/auth/login', { email: 'x@y.org', password: 'whatever1234' }));
    expect(real).toBeUndefined(); // a failed login does not touch the session
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    for (const cookie of [
      'prosumer.sid=s%3Aforged.c2lnbmF0dXJl',
      'prosumer.sid=forged',
      `prosumer.sid=s%3A${me.json.id}.x`,
    ]) {
      expect((await new Client(server.url).get('/api/auth/me', { cookie })).status, cookie).toBe(401);
    }
  });

  test('a suspended user cannot sign in and their open sessions stop working', async () => {
    const { client, email, id } = await signedUp(server.url, 'suspended');
    const draft = await client.post('/api/designs', await validDraft(server.url));
    expect(draft.status).toBe(201);
    await UserModel.updateOne({ _id: id }, { $set: { suspendedAt: new Date() } });
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect((await client.get(`/api/designs/${draft.json.id}`)).status).toBe(403);
    expect((await client.get('/api/designs')).json).toEqual([]);
    const wrong = await new Client(server.url).post('/api/auth/login', { email, password: 'wrong password!' });
    expect(wrong.status).toBe(401); // a wrong password does not reveal the suspension
    const right = await new Client(server.url).post('/api/auth/login', { email, password: PASSWORD });
    expect(right.status).toBe(403);
    expect(sessionCookieOf(right)).toBeUndefined();
  });
});

describe("a guest's designs move to the account", () => {
  test('on register', async () => {
    const c = new Client(server.url);
    const saved = (await c.post('/api/designs', await validDraft(server.url))).json;
    const other = new Client(server.url);
    const othersDesign = (await other.post('/api/designs', await validDraft(server.url))).json;
    expect(
      (await c.post('/api/auth/register', { email: uniqueEmail('guest'), password: PASSWORD, displayName: 'G' }))
        .status,
    ).toBe(201);
    const mine = await c.get('/api/designs');
    expect(mine.json.map((d: { id: string }) => d.id)).toEqual([saved.id]);
    expect((await c.get(`/api/designs/${saved.id}`)).json).toMatchObject({ editable: true, revision: saved.revision });
    // The move keeps the revision: the tab that kept the design open still saves with its If-Match.
    const patch = await c.patch(
      `/api/designs/${saved.id}`,
      { name: 'Jetzt mit Konto' },
      { 'If-Match': `"${saved.revision}"` },
    );
    expect(patch.status).toBe(200);
    expect((await c.get(`/api/designs/${othersDesign.id}`)).status).toBe(403);
    expect((await other.get(`/api/designs/${othersDesign.id}`)).status).toBe(200);
  });

  test('on login, and they stay with the account after logout', async () => {
    const { email, client: first } = await signedUp(server.url, 'mover');
    const older = (await first.post('/api/designs', await validDraft(server.url))).json;
    await first.post('/api/auth/logout');
    const c = new Client(server.url);
    const saved = (await c.post('/api/designs', await validDraft(server.url))).json;
    expect((await c.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200);
    const ids = (await c.get('/api/designs')).json.map((d: { id: string }) => d.id);
    expect(ids.sort()).toEqual([older.id, saved.id].sort());
    await c.post('/api/auth/logout');
    expect((await c.get('/api/designs')).json).toEqual([]);
    expect((await c.get(`/api/designs/${saved.id}`)).status).toBe(403);
    const back = await signedIn(server.url, email);
    expect((await back.get(`/api/designs/${saved.id}`)).status).toBe(200);
  });
});

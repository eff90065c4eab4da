import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pageHeaders } from '@server/middleware/securityHeaders';
import { UserModel } from '@server/models/User';
import { Client } from '@tests/setup/http';
import { startTestServer, type TestServer } from '@tests/setup/server';
import { PASSWORD, signedUp, uniqueEmail, validDraft } from './helpers';

let server: TestServer;
let admin: Client;

beforeAll(async () => {
  server = await startTestServer({
    env: {
      RATE_LIMIT_LOGIN: '1000',
      RATE_LIMIT_REGISTER: '1000',
      ADMIN_EMAIL: 'boss@example.org',
      ADMIN_PASSWORD: 'boss password 1',
    },
  });
  admin = new Client(server.url);
  await admin.post('/api/auth/login', { email: 'boss@example.org', password: 'boss password 1' });
});
afterAll(() => server.stop());

describe('cross-site request forgery', () => {
  const EVIL = 'https://evil.example';

  test.each([
    ['a foreign Origin', { origin: EVIL }],
    ['Origin: null (sandboxed frame, file://)', { origin: 'null' }],
    ['a foreign Referer without Origin', { referer: `${EVIL}/page` }],
    ['a look-alike host in Origin', { origin: `http://127.0.0.1.evil.example` }],
  ])('an unsafe request with a session cookie and %s is 403 and does nothing', async (_what, headers) => {
    const { client } = await signedUp(server.url, 'csrf');
    const draft = await validDraft(server.url);
    const create = await client.post('/api/designs', draft, headers);
    expect(create.status).toBe(403);
    expect(create.json.code).toBe('forbidden');
    expect((await client.get('/api/designs')).json).toEqual([]);
    expect((await client.post('/api/auth/logout', undefined, headers)).status).toBe(403);
    expect((await client.get('/api/auth/me')).status).toBe(200);
  });

  test('a foreign page cannot sign a visitor in (login CSRF) or act as the admin', async () => {
    const { id } = await signedUp(server.url, 'victim');
    expect((await admin.patch(`/api/admin/users/${id}`, { roles: ['admin'] }, { origin: EVIL })).status).toBe(403);
    expect((await UserModel.findById(id).lean())?.roles).toEqual(['shopper']);
    const login = await new Client(server.url).post(
      '/api/auth/login',
      { email: 'boss@example.org', password: 'boss password 1' },
      { origin: EVIL },
    );
    expect(login.status).toBe(403);
  });

  test('the same origin, the same-origin Referer and no header at all pass', async () => {
    const { client } = await signedUp(server.url, 'same');
    const draft = await validDraft(server.url);
    expect((await client.post('/api/designs', draft, { origin: server.url })).status).toBe(201);
    expect((await client.post('/api/designs', draft, { referer: `${server.url}/c/muesli` })).status).toBe(201);
    expect((await client.post('/api/designs', draft)).status).toBe(201);
    // Safe methods are never blocked (they change nothing).
    expect((await client.get('/api/designs', { origin: EVIL })).status).toBe(200);
  });

  test.each([
    ['application/x-www-form-urlencoded', 'email=a%40b.org&password=x'],
    [
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\na@b.org\r\n--x--\r\n',
    ],
    ['text/plain', '{"email":"a@b.org","password":"xxxxxxxxxxxx"}'],
  ])('a %s body (what a cross-site form can send) is 415', async (type, body) => {
    const res = await new Client(server.url).post('/api/auth/login', body, { 'content-type': type });
    expect(res.status).toBe(415);
    expect(res.json.code).toBe('unsupported_media_type');
  });
});

describe('CORS is closed', () => {
  test('no Access-Control-Allow-* headers, on a preflight or a real request', async () => {
    const pre = await fetch(`${server.url}/api/auth/login`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    const get = await new Client(server.url).get('/api/catalogs', { origin: 'https://evil.example' });
    for (const h of [pre.headers, get.headers]) {
      expect([...h.keys()].filter((k) => k.startsWith('access-control-'))).toEqual([]);
    }
  });
});

describe('security headers', () => {
  test('API answers: nothing in them may run, be framed, sniffed or cached', async () => {
    const res = await new Client(server.url).get('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  test('pages: a strict Content-Security-Policy without inline or eval (production: HSTS too)', async () => {
    const page = express().use(pageHeaders(true), (_req, res) => void res.send('<!doctype html>'));
    const listener = page.listen(0, '127.0.0.1');
    await new Promise((ok) => listener.once('listening', ok));
    const res = await fetch(`http://127.0.0.1:${(listener.address() as AddressInfo).port}/signin`);
    listener.close();
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('MongoDB operator injection', () => {
  test.each([
    ['{"$ne": null} as email', { email: { $ne: null }, password: 'whatever12' }],
    ['{"$gt": ""} as password', { email: 'boss@example.org', password: { $gt: '' } }],
    ['{"$regex": ".*"} as email', { email: { $regex: '.*' }, password: 'whatever12' }],
    ['a $where key', { email: 'boss@example.org', password: 'whatever12', $where: '1' }],
    ['a dotted key', { email: 'boss@example.org', 'password.x': 'y', password: 'whatever12' }],
  ])('login with %s is 400 and signs nobody in', async (_what, body) => {
    const c = new Client(server.url);
    const res = await c.post('/api/auth/login', body);
    expect(res.status).toBe(400);
    expect((await c.get('/api/auth/me')).status).toBe(401);
  });

  test('an object (not an operator) where a string belongs is 400 too', async () => {
    expect((await new Client(server.url).post('/api/auth/login', { email: { a: 1 }, password: 'x' })).status).toBe(400);
    expect(
      (await new Client(server.url).post('/api/auth/login', { email: ['boss@example.org'], password: 'x' })).status,
    ).toBe(400);
  });

  test('operators in nested bodies are refused everywhere', async () => {
    const { client } = await signedUp(server.url, 'nested');
    const draft = await validDraft(server.url);
    expect((await client.post('/api/designs', { ...draft, texts: { $set: 'x' } })).status).toBe(400);
    expect(
      (await client.post('/api/designs', { ...draft, selections: [{ optionId: { $ne: '' }, quantity: 1 }] })).status,
    ).toBe(400);
    expect((await admin.patch('/api/admin/users/AAAAAAAAAAAAAAAA', { roles: { $each: ['admin'] } })).status).toBe(400);
  });

  test.each(['email[$ne]=x', 'email[$regex]=.*', '$where=1', 'email.x=1', 'email[]=a'])(
    'query string %s is 400 (the simple parser never builds objects)',
    async (query) => {
      const res = await admin.get(`/api/admin/users?${query}`);
      expect(res.status).toBe(400);
      expect(res.json.code).toBe('bad_request');
    },
  );

  test('a repeated query parameter (an array) is 400, not a widened search', async () => {
    expect((await admin.get('/api/admin/users?email=a&email=b')).status).toBe(400);
  });

  test('a body too deep to look through is refused (400), whatever hides below', async () => {
    // 40 levels of {a: …} with an operator at the bottom: the key check stops at 32 levels and
    // must then refuse the body, not let it through unchecked.
    let deep: unknown = { $where: '1' };
    for (let i = 0; i < 40; i++) deep = { a: deep };
    const res = await new Client(server.url).post('/api/auth/login', { email: 'a@b.cd', password: 'x', deep });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('bad_request');
    expect(res.json.detail).toMatch(/deeper than 32/);
    const arrays = JSON.parse('['.repeat(40) + ']'.repeat(40));
    expect((await new Client(server.url).post('/api/moderation/check', { text: 'x', arrays })).status).toBe(400);
  });

  test('operator-looking path ids find nothing', async () => {
    const c = new Client(server.url);
    expect((await c.get('/api/designs/%7B%22%24ne%22%3Anull%7D')).status).toBe(404);
    expect((await c.get('/api/designs/[$ne]')).status).toBe(404);
  });
});

describe('limits on input size', () => {
  test('a body over 64 kB is 413', async () => {
    const res = await new Client(server.url).post('/api/auth/register', {
      email: uniqueEmail(),
      password: PASSWORD,
      displayName: 'x'.repeat(70_000),
    });
    expect(res.status).toBe(413);
  });
});

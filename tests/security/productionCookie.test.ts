import { afterAll, beforeAll, expect, test } from 'vitest';
import { Client } from '@tests/setup/http';
import { startTestServer, type TestServer } from '@tests/setup/server';
import { PASSWORD, uniqueEmail } from './helpers';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { NODE_ENV: 'production', LOG_LEVEL: 'silent' } });
});
afterAll(() => server.stop());

test('in production the session cookie is Secure, HttpOnly and SameSite=Lax (behind a TLS proxy)', async () => {
  const res = await new Client(server.url).post(
    '/api/auth/register',
    { email: uniqueEmail('prod'), password: PASSWORD, displayName: 'P' },
    { 'x-forwarded-proto': 'https' },
  );
  expect(res.status).toBe(201);
  const cookie = res.headers.get('set-cookie') ?? '';
  expect(cookie).toMatch(/^prosumer\.sid=/);
  for (const flag of [/;\s*Secure/i, /;\s*HttpOnly/i, /;\s*SameSite=Lax/i, /;\s*Path=\//i])
    expect(cookie).toMatch(flag);
});

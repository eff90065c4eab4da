import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '@server/config';
import { parseTrustProxy } from '@server/ops/trustProxy';
import { Client } from '@tests/setup/http';
import { startTestServer, type TestServer } from '@tests/setup/server';
import { PASSWORD, uniqueEmail } from '@tests/security/helpers';

describe('TRUST_PROXY', () => {
  test.each([
    [undefined, true, 1],
    [undefined, false, false],
    ['2', false, 2],
    ['true', true, true],
    ['false', true, false],
    ['10.0.0.0/8, loopback,::1', true, ['10.0.0.0/8', 'loopback', '::1']],
  ])('%j (production %j) is %j', (raw, production, expected) => {
    expect(parseTrustProxy(raw, production)).toEqual(expected);
  });

  test.each(['10.0.0.0/33', 'proxy.example', '1.2.3', ','])('refuses %j with a sentence naming it', (raw) => {
    expect(() => loadConfig({ TRUST_PROXY: raw, SESSION_SECRET: 's' })).toThrow(/^TRUST_PROXY must be/);
  });
});

describe('sign-in in production', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { NODE_ENV: 'production', LOG_LEVEL: 'silent' } });
  });
  afterAll(() => server.stop());

  test('over plain HTTP answers https_required and sets no cookie, through the proxy it signs in', async () => {
    const email = uniqueEmail('plain');
    const body = { email, password: PASSWORD, displayName: 'Plain' };
    const plain = await new Client(server.url).post('/api/auth/register', body);
    expect(plain.status).toBe(403);
    expect(plain.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(plain.json.code).toBe('https_required');
    expect(plain.json.detail).toMatch(/HTTPS/);
    expect(plain.headers.get('set-cookie')).toBeNull();

    const https = { 'x-forwarded-proto': 'https' };
    expect((await new Client(server.url).post('/api/auth/register', body, https)).status).toBe(201);
    const login = await new Client(server.url).post('/api/auth/login', { email, password: PASSWORD });
    expect(login.json.code).toBe('https_required');
    const viaProxy = await new Client(server.url).post('/api/auth/login', { email, password: PASSWORD }, https);
    expect(viaProxy.status).toBe(200);
    expect(viaProxy.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });
});

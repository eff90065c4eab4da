import { afterAll, beforeAll, expect, test } from 'vitest';
import { originCheck } from '@server/middleware/originCheck';
import { startTestServer, type TestServer } from '@tests/setup/server';
import { signedUp, validDraft } from './helpers';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    env: { RATE_LIMIT_REGISTER: '100', ALLOWED_ORIGINS: 'https://shop.example, https://admin.shop.example:8443' },
  });
});
afterAll(() => server.stop());

test('origins in ALLOWED_ORIGINS may send unsafe requests; others, even subdomains, may not', async () => {
  const { client } = await signedUp(server.url, 'partner');
  const draft = await validDraft(server.url);
  expect((await client.post('/api/designs', draft, { origin: 'https://shop.example' })).status).toBe(201);
  expect((await client.post('/api/designs', draft, { origin: 'https://admin.shop.example:8443' })).status).toBe(201);
  expect((await client.post('/api/designs', draft, { referer: 'https://shop.example/page?x=1' })).status).toBe(201);
  for (const origin of [
    'http://shop.example',
    'https://evil.shop.example',
    'https://shop.example.evil.example',
    'https://admin.shop.example',
  ]) {
    expect((await client.post('/api/designs', draft, { origin })).status, origin).toBe(403);
  }
});

test('an entry that is not an origin stops the start with a sentence that says the fix', () => {
  expect(() => originCheck(['shop.example'])).toThrow(
    /ALLOWED_ORIGINS: "shop.example" is not an origin; write it like https:\/\/shop.example/,
  );
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FREE_FAILURES, lockMs } from '@server/auth/loginThrottle';
import { loadConfig } from '@server/config';
import { Redis } from 'ioredis';
import { SYNC_MS } from '@server/middleware/hotPathRateLimit';
import { WINDOW_MS } from '@server/middleware/rateLimit';
import { Client } from '@tests/setup/http';
import { startOtherProcess, type OtherProcess } from '@tests/setup/otherProcess';
import { startTestServer, type TestServer } from '@tests/setup/server';
import { PASSWORD, signedUp, uniqueEmail, validDraft } from './helpers';

/** A 429 as we promise it: problem+json, rate_limited, a whole number of seconds to wait. */
function expectLimited(res: { status: number; headers: Headers; json: { code: string } }) {
  expect(res.status).toBe(429);
  expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
  expect(res.json.code).toBe('rate_limited');
  const retry = Number(res.headers.get('retry-after'));
  expect(Number.isInteger(retry) && retry >= 1 && retry <= 60 * 15).toBe(true);
}

describe('per-client limits (memory store)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_LOGIN: '3', RATE_LIMIT_REGISTER: '2', RATE_LIMIT_WRITE: '3' } });
  });
  afterAll(() => server.stop());

  test('login: the fourth attempt in a minute is 429 with Retry-After', async () => {
    const c = new Client(server.url);
    for (let i = 0; i < 3; i++)
      expect((await c.post('/api/auth/login', { email: uniqueEmail(), password: 'wrong password' })).status).toBe(401);
    expectLimited(await c.post('/api/auth/login', { email: uniqueEmail(), password: 'wrong password' }));
  });

  test('register: the third attempt in a minute is 429', async () => {
    const c = new Client(server.url);
    for (let i = 0; i < 2; i++)
      expect(
        (await c.post('/api/auth/register', { email: uniqueEmail(), password: PASSWORD, displayName: 'R' })).status,
      ).toBe(201);
    expectLimited(await c.post('/api/auth/register', { email: uniqueEmail(), password: PASSWORD, displayName: 'R' }));
  });

  test('design writes are limited, reads are not', async () => {
    const c = new Client(server.url);
    const draft = await validDraft(server.url);
    for (let i = 0; i < 3; i++) expect((await c.post('/api/designs', draft)).status).toBe(201);
    expectLimited(await c.post('/api/designs', draft));
    for (let i = 0; i < 5; i++) expect((await c.get('/api/designs')).status).toBe(200);
  });
});

describe('the text check limit (RATE_LIMIT_CHECK)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_CHECK: '2' } });
  });
  afterAll(() => server.stop());

  test('the third check in a minute is 429, whatever the route answers before', async () => {
    const c = new Client(server.url);
    for (let i = 0; i < 2; i++)
      expect((await c.post('/api/moderation/check', { text: 'Hallo', locale: 'de' })).status).not.toBe(429);
    expectLimited(await c.post('/api/moderation/check', { text: 'Hallo', locale: 'de' }));
  });
});

describe('the rule check limit (RATE_LIMIT_GUIDANCE, validate and guidance together)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_GUIDANCE: '3' } });
  });
  afterAll(() => server.stop());

  test('the fourth rule check in a minute is 429; the default is generous', async () => {
    expect(server.config.rateLimits.guidance).toBe(3);
    const c = new Client(server.url);
    const draft = await validDraft(server.url);
    expect((await c.post('/api/catalogs/muesli/validate', draft)).status).toBe(200);
    expect((await c.post('/api/catalogs/muesli/guidance', draft)).status).toBe(200);
    expect((await c.post('/api/catalogs/muesli/validate', draft)).status).toBe(200);
    expectLimited(await c.post('/api/catalogs/muesli/guidance', draft));
    expect(loadConfig({ SESSION_SECRET: 's' }).rateLimits.guidance).toBe(1200);
  });
});

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('the rule check limit across two app servers sharing Redis', () => {
  const shared = {
    RATE_LIMIT_GUIDANCE: '6',
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `prosumer-test-hot-${process.pid}-${Date.now()}:`,
  };
  let a: TestServer;
  let b: OtherProcess;
  beforeAll(async () => {
    a = await startTestServer({ env: shared });
    b = await startOtherProcess(a.dbUrl, shared);
  }, 90_000);
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  test('checks sent to both count together once the servers have synchronised (about a second)', async () => {
    const draft = await validDraft(a.url);
    const c = new Client(a.url);
    // The window is fixed (a minute): the six checks and the two after them all in one window.
    const left = WINDOW_MS - (Date.now() % WINDOW_MS);
    if (left < 20_000) await pause(left + 200);
    const window = Math.floor(Date.now() / WINDOW_MS);
    for (let i = 0; i < 3; i++) expect((await c.post('/api/catalogs/muesli/validate', draft)).status).toBe(200);
    for (let i = 0; i < 3; i++)
      expect((await c.at(b.url).post('/api/catalogs/muesli/validate', draft)).status).toBe(200);
    // Each server alone has seen 3 of 6. Once both have added theirs in Redis (on a busy machine
    // a timer may come late), each reads the total back at its next sync.
    const redis = new Redis(shared.REDIS_URL);
    const total = async () => {
      const keys = await redis.keys(`${shared.REDIS_PREFIX}rlh:guidance:${window}:*`);
      return (await Promise.all(keys.map((k) => redis.get(k)))).reduce((n, v) => n + Number(v), 0);
    };
    await expect.poll(total, { timeout: 15_000, interval: 100 }).toBe(6);
    redis.disconnect();
    await pause(2.5 * SYNC_MS);
    expectLimited(await c.post('/api/catalogs/muesli/validate', draft));
    expectLimited(await c.at(b.url).post('/api/catalogs/muesli/guidance', draft));
  }, 60_000);
});

describe('growing delays after failed logins for one account', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { RATE_LIMIT_LOGIN: '1000', RATE_LIMIT_REGISTER: '1000' } });
  });
  afterAll(() => server.stop());

  test('the delays double and are capped', () => {
    expect([0, 4, 5, 6, 7].map(lockMs)).toEqual([0, 0, 1000, 2000, 4000]);
    expect(lockMs(100)).toBe(15 * 60 * 1000);
  });

  test(`after ${FREE_FAILURES} failures the account is locked (even for the right password), then opens again`, async () => {
    const { email } = await signedUp(server.url, 'locked');
    const attacker = new Client(server.url);
    for (let i = 0; i < FREE_FAILURES; i++)
      expect((await attacker.post('/api/auth/login', { email, password: `guess number ${i}` })).status).toBe(401);
    const locked = await new Client(server.url).post('/api/auth/login', {
      email: email.toUpperCase(),
      password: PASSWORD,
    });
    expectLimited(locked);
    expect(locked.headers.get('retry-after')).toBe('1');
    await new Promise((ok) => setTimeout(ok, 1100));
    expect((await new Client(server.url).post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200);
    // Success cleared the count: one more failure does not lock again.
    expect((await attacker.post('/api/auth/login', { email, password: 'one more guess' })).status).toBe(401);
    expect((await new Client(server.url).post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200);
  });

  test('an unknown email locks the same way (a lock never tells whether an account exists)', async () => {
    const email = uniqueEmail('ghost');
    for (let i = 0; i < FREE_FAILURES; i++)
      expect((await new Client(server.url).post('/api/auth/login', { email, password: 'guess 1234' })).status).toBe(
        401,
      );
    expectLimited(await new Client(server.url).post('/api/auth/login', { email, password: 'guess 1234' }));
  });
});

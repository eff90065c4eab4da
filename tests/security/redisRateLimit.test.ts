import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { Client } from '@tests/setup/http';
import { startTestServer, type TestServer } from '@tests/setup/server';
import { PASSWORD, uniqueEmail } from './helpers';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `prosumer-test-${randomBytes(4).toString('hex')}:`;
let server: TestServer;
let redis: Redis;

beforeAll(async () => {
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  server = await startTestServer({ env: { REDIS_URL, REDIS_PREFIX: prefix, RATE_LIMIT_REGISTER: '2' } });
});
afterAll(async () => {
  await server.stop();
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

test('with REDIS_URL the counts live in Redis and the limit answers 429 with Retry-After', async () => {
  const c = new Client(server.url);
  for (let i = 0; i < 2; i++)
    expect(
      (await c.post('/api/auth/register', { email: uniqueEmail(), password: PASSWORD, displayName: 'R' })).status,
    ).toBe(201);
  const res = await c.post('/api/auth/register', { email: uniqueEmail(), password: PASSWORD, displayName: 'R' });
  expect(res.status).toBe(429);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  const keys = await redis.keys(`${prefix}rl:register:*`);
  expect(keys.length).toBe(1);
  expect(Number(await redis.get(keys[0]))).toBe(3);
});

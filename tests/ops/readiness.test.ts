import { afterAll, beforeAll, expect, test } from 'vitest';
import { startFerretDb, type EmbeddedDb } from '@server/db/ferretdb';
import { startTestServer, type TestServer } from '@tests/setup/server';
import { Client } from '@tests/setup/http';

const REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** A port of this project's range where nothing listens: a Redis that does not answer. */
const DEAD_REDIS = 'redis://127.0.0.1:3899';

let own: EmbeddedDb;
beforeAll(async () => {
  own = await startFerretDb({ dataDir: null });
});
afterAll(() => own.stop());

async function withServer(env: Record<string, string>, fn: (s: TestServer) => Promise<void>) {
  const server = await startTestServer({ env });
  try {
    await fn(server);
  } finally {
    await server.stop();
  }
}

test('ready with the database and Redis answering; health stays 200 when Redis is gone', async () => {
  await withServer({ REDIS_URL: REDIS, REDIS_PREFIX: 'prosumer-test-ready:' }, async (s) => {
    const ready = await new Client(s.url).get('/api/ready');
    expect(ready.status).toBe(200);
    expect(ready.json).toEqual({ status: 'ready', checks: { db: 'ok', redis: 'ok' } });
  });
  await withServer({ REDIS_URL: DEAD_REDIS }, async (s) => {
    const ready = await new Client(s.url).get('/api/ready');
    expect(ready.status).toBe(503);
    expect(ready.json).toEqual({ status: 'not_ready', checks: { db: 'ok', redis: 'error' } });
    expect((await new Client(s.url).get('/api/health')).status).toBe(200);
  });
});

test('not ready while the database does not answer', async () => {
  const mongoose = (await import('mongoose')).default;
  await withServer({}, async (s) => {
    expect((await new Client(s.url).get('/api/ready')).json.checks).toEqual({ db: 'ok' });
    // The test server's own connection moves to a database server that then stops.
    await mongoose.disconnect();
    await mongoose.connect(own.uri, { serverSelectionTimeoutMS: 500 });
    expect((await new Client(s.url).get('/api/ready')).status).toBe(200);
    await own.stop();
    const down = await new Client(s.url).get('/api/ready');
    expect(down.status).toBe(503);
    expect(down.json).toEqual({ status: 'not_ready', checks: { db: 'error' } });
  });
});

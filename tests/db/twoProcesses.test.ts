import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { OtherProcess } from '@tests/setup/otherProcess';
import { startOtherProcess } from '@tests/setup/otherProcess';
import type { TestServer } from '@tests/setup/server';
import { startTestServer } from '@tests/setup/server';
import { muesliDraft, saved, shopper, type Person } from '@tests/moderation-workflow/helpers';

// Two app processes on one database, as APP_PROCESSES=2 runs them: this test's own (A) and a
// second one started from server/main.ts (B), each with its own services and its own in-process
// FerretDB guard. What has to hold ACROSS processes is tested here, and only here can it fail.
const env = {
  APP_PROCESSES: '2',
  REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_PREFIX: `test-${randomBytes(4).toString('hex')}:`,
  RATE_LIMIT_REGISTER: '0',
  RATE_LIMIT_LOGIN: '0',
  RATE_LIMIT_WRITE: '0',
};

let a: TestServer;
let b: OtherProcess;
let owner: Person;
beforeAll(async () => {
  a = await startTestServer({ env });
  b = await startOtherProcess(a.dbUrl, env);
  owner = await shopper(a.url, 'Olga');
}, 90_000);
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

describe('sessions across processes', () => {
  test('after logout on A, the old cookie no longer signs in on B', async () => {
    const person = await shopper(a.url, 'Lou');
    const onB = person.client.at(b.url);
    // B has now read (and, with a session cache, would keep) the session.
    expect((await onB.get('/api/auth/me')).status).toBe(200);
    // The browser drops the cookie at logout; a copy of it (an attacker's) stays.
    const stolen = person.client.copy(b.url);
    expect((await person.client.post('/api/auth/logout')).status).toBe(204);
    expect((await stolen.get('/api/auth/me')).status).toBe(401);
    expect((await stolen.at(a.url).get('/api/auth/me')).status).toBe(401);
  });
});

describe('write permits across processes', () => {
  test('two saves of one revision, one per process, at once: exactly one wins, the other is 412', async () => {
    for (let round = 0; round < 12; round++) {
      const { id } = await saved(owner, await muesliDraft(a.url));
      const etag = (await owner.client.get(`/api/designs/${id}`)).headers.get('etag')!;
      const [x, y] = await Promise.all([
        owner.client.patch(`/api/designs/${id}`, { name: 'Von A' }, { 'if-match': etag }),
        owner.client.at(b.url).patch(`/api/designs/${id}`, { name: 'Von B' }, { 'if-match': etag }),
      ]);
      expect([x.status, y.status].sort(), `round ${round}`).toEqual([200, 412]);
      const winner = x.status === 200 ? x : y;
      const now = (await owner.client.get(`/api/designs/${id}`)).json;
      expect(now.name).toBe(winner.json.name);
      expect(now.revision).toBe(winner.json.revision);
    }
  });
});

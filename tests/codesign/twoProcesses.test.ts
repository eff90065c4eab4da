/**
 * Two app processes with REDIS_URL on one FerretDB: a client on each sees the other's edits,
 * and killing the room's owner hands the room to the other process without losing any
 * acknowledged operation. Spawns real `server/main.ts` processes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { LiveCommit, LiveSnapshot } from '@shared/codesign/protocol';
import { freePort } from '@server/db/ferretdb';
import { Client } from '@tests/setup/http';
import { openLive } from './liveClient';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ROOT = resolve(import.meta.dirname, '../..');
const prefix = `test-codesign-${randomBytes(4).toString('hex')}:`;
const procs: ChildProcess[] = [];

function start(port: number, db: string): ChildProcess {
  const url = new URL(inject('mongoUri'));
  url.pathname = `/${db}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      MONGODB_URI: url.toString(),
      REDIS_URL,
      REDIS_PREFIX: prefix,
      APP_PROCESSES: '2',
      SESSION_SECRET: 'two-process-secret',
      DATA_DIR: resolve(ROOT, 'data/test-two'),
      LOG_LEVEL: 'silent',
    },
    stdio: 'inherit',
  });
  procs.push(child);
  return child;
}

async function up(base: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${base} did not come up`);
}

// Ports the system says are free: a random one in a fixed range once met MariaDB's 3306.
let a: string;
let b: string;
let first: ChildProcess;

beforeAll(async () => {
  const ports = [await freePort()];
  for (let p = await freePort(); ports.length < 2; p = await freePort()) if (p !== ports[0]) ports.push(p);
  [a, b] = ports.map((p) => `http://127.0.0.1:${p}`);
  const db = `t_two_${randomBytes(4).toString('hex')}`;
  first = start(ports[0], db);
  await up(a);
  start(ports[1], db);
  await up(b);
}, 120_000);
afterAll(async () => {
  for (const p of procs) p.kill('SIGKILL');
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

const op = (clientId: string, mutationId: number, o: object) =>
  JSON.stringify({ type: 'op', clientId, mutationId, op: o });

describe('rooms across two app processes', () => {
  test('edits cross processes; the owner process dies and the other takes the room over, losing no acknowledged edit', async () => {
    const anna = new Client(a);
    const draft = { catalogId: 'muesli', selections: [{ optionId: 'haferflocken-kernig', quantity: 2 }] };
    const id = (await anna.post('/api/designs', draft)).json.id as string;
    const invite = await anna.post(`/api/designs/${id}/invites`, { role: 'editor' });
    expect(invite.status, invite.text).toBe(201);
    const { token } = invite.json;
    // Ben accepts on the other process: sessions and memberships live in the one database.
    const ben = new Client(b);
    expect((await ben.post(`/api/invites/${token}/accept`)).status).toBe(200);

    const onA = await openLive(a, id, anna);
    await onA.next('snapshot');
    const onB = await openLive(b, id, ben);
    await onB.next('snapshot');
    onA.send(op('anna-tab-001', 1, { kind: 'add', optionId: 'cornflakes' }));
    expect((await onB.next('commit')).by.role).toBe('owner');
    onB.send(op('ben-tab-0001', 1, { kind: 'add', optionId: 'apfelstuecke' }));
    const seen = await onA.next('commit', (m) => m.clientId === 'ben-tab-0001');
    const acked = await onB.next('commit', (m) => m.clientId === 'ben-tab-0001');
    expect(seen.draft).toEqual(acked.draft);
    await onB.next('saved', (m) => m.version >= acked.version);

    // The room's owner is the process Anna joined first. Kill it hard.
    first.kill('SIGKILL');
    const taken = (await onB.next('snapshot')) as LiveSnapshot;
    expect(taken.draft).toEqual(acked.draft);
    expect(taken.mutationIds['ben-tab-0001']).toBe(1);
    // The new owner takes edits and stores them.
    onB.send(op('ben-tab-0001', 2, { kind: 'add', optionId: 'cornflakes' }));
    const after = (await onB.next('commit', (m) => m.mutationId === 2)) as LiveCommit;
    expect(after.draft.selections).toContainEqual({ optionId: 'cornflakes', quantity: 2 });
    await onB.next('saved', (m) => m.version >= after.version);
    const stored = (await ben.get(`/api/designs/${id}`)).json;
    expect(stored.selections).toEqual(after.draft.selections);
    onB.ws.close();
  }, 120_000);
});

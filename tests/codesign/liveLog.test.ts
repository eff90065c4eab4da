/**
 * A room writes its operations as entries of the design's live log (server/designs/liveLog.ts)
 * and folds them into the design lazily: HTTP still reads the live state, a PATCH and the room
 * never lose each other's writes, and the log does not grow without end.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LiveCommit } from '@shared/codesign/protocol';
import { COMPACT_EVERY, LogWriter } from '@server/designs/liveLog';
import { DesignModel } from '@server/models/Design';
import { findPermit, findPermits } from '@server/db/permits';
import { startTestServer, type TestServer } from '@tests/setup/server';
import { signedUp } from '@tests/security/helpers';
import { openLive, type LiveTestClient } from './liveClient';

let server: TestServer;
// Permit segments of 1.5 s here, swept every 0.5 s (10 s and 2 s by default): the sweep tests wait for them.
const KEEP_MS = 1500;
const SWEEP_MS = 500;
beforeAll(async () => {
  server = await startTestServer({
    env: {
      RATE_LIMIT_REGISTER: '0',
      RATE_LIMIT_WRITE: '100000',
      PERMIT_KEEP_MS: String(KEEP_MS),
      PERMIT_SWEEP_MS: String(SWEEP_MS),
    },
  });
});
afterAll(() => server.stop());

const op = (mutationId: number, quantity: number) =>
  JSON.stringify({
    type: 'op',
    clientId: 'anna-tab-0001',
    mutationId,
    op: { kind: 'setQuantity', optionId: 'haferflocken-zart', quantity },
  });

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Sends one operation and waits for its acknowledgement (the commit carrying it, then saved); below the channel's rate limit. */
async function commit(live: LiveTestClient, mutationId: number, quantity: number): Promise<LiveCommit> {
  await pause(55);
  live.send(op(mutationId, quantity));
  const commit = await live.next('commit', (c) => c.mutationId === mutationId);
  await live.next('saved', (m) => m.version >= commit.version);
  return commit;
}

async function designWithRoom() {
  const anna = await signedUp(server.url, 'Anna');
  const id = (
    await anna.client.post('/api/designs', {
      catalogId: 'muesli',
      name: 'Log',
      selections: [{ optionId: 'haferflocken-kernig', quantity: 2 }],
    })
  ).json.id as string;
  const live = await openLive(server.url, id, anna.client);
  await live.next('snapshot');
  return { owner: anna.client, id, live };
}

describe('the live log', () => {
  test('an acknowledged operation is an entry; the design is folded every few entries; GET shows the live state', async () => {
    const { owner, id, live } = await designWithRoom();
    const before = (await DesignModel.findById(id).lean())!.revision;
    await commit(live, 1, 3);
    // Acknowledged: the entry is there, the design document itself not yet rewritten.
    const entry = await findPermit(`${id}:${before}`);
    expect(JSON.parse(entry?.live ?? '{}').selections).toEqual([
      { optionId: 'haferflocken-kernig', quantity: 2 },
      { optionId: 'haferflocken-zart', quantity: 3 },
    ]);
    expect((await DesignModel.findById(id).lean())!.revision).toBe(before);
    for (let m = 2; m <= COMPACT_EVERY + 5; m++) await commit(live, m, 1 + (m % 3));
    const folded = (await DesignModel.findById(id).lean())!;
    // Folded at COMPACT_EVERY entries or, sooner, when the oldest entry is most of a segment old.
    expect(folded.revision).toBeGreaterThan(before + COMPACT_EVERY / 2);
    // GET folds the rest in: the last acknowledged state.
    const got = (await owner.get(`/api/designs/${id}`)).json;
    expect(got.selections).toContainEqual({ optionId: 'haferflocken-zart', quantity: 1 + ((COMPACT_EVERY + 5) % 3) });
    // Folded entries go with their segment (2 to 3 segment lengths, swept every SWEEP_MS): the log stays short.
    await pause(3 * KEEP_MS + 2 * SWEEP_MS + 500);
    expect((await findPermits(`${id}:`, `${id};`)).length).toBeLessThanOrEqual(3);
    live.ws.close();
  }, 90_000);

  test('a GET while the room is open folds through the room: its next write goes on, nobody gets a fresh snapshot', async () => {
    const { owner, id, live } = await designWithRoom();
    const before = (await DesignModel.findById(id).lean())!.revision;
    await commit(live, 1, 3);
    expect((await DesignModel.findById(id).lean())!.revision).toBe(before);
    const got = (await owner.get(`/api/designs/${id}`)).json;
    expect(got.selections).toContainEqual({ optionId: 'haferflocken-zart', quantity: 3 });
    expect((await DesignModel.findById(id).lean())!.revision).toBeGreaterThan(before);
    await commit(live, 2, 1);
    await commit(live, 3, 2);
    expect(live.received.filter((m) => m.type === 'snapshot')).toHaveLength(1);
    expect((await owner.get(`/api/designs/${id}`)).json.selections).toContainEqual({
      optionId: 'haferflocken-zart',
      quantity: 2,
    });
    live.ws.close();
  }, 30_000);

  test('PATCHes between live operations: neither loses the other’s writes', async () => {
    const { owner, id, live } = await designWithRoom();
    let last: LiveCommit | null = null;
    const names: string[] = [];
    const patches = (async () => {
      for (let i = 0; i < 12; i++) {
        const name = `Per PATCH ${i}`;
        for (let tries = 0; ; tries++) {
          const res = await owner.patch(`/api/designs/${id}`, { name });
          if (res.status === 200) break;
          expect(res.status).toBe(409); // the room wrote at the same moment: read again
          expect(tries).toBeLessThan(20);
        }
        names.push(name);
        // What was acknowledged stays: no later write of the room brings an older name back.
        await pause(i * 7);
        expect((await owner.get(`/api/designs/${id}`)).json.name).toBe(name);
      }
    })();
    // Each operation is answered once: committed, also when a PATCH reset the room before it was stored.
    for (let m = 1; m <= 60; m++) last = await commit(live, m, 1 + (m % 3));
    await patches;
    const got = (await owner.get(`/api/designs/${id}`)).json;
    expect(got.name).toBe(names.at(-1));
    expect(got.selections).toContainEqual({ optionId: 'haferflocken-zart', quantity: 1 + (60 % 3) });
    expect(last!.draft.selections).toContainEqual({ optionId: 'haferflocken-zart', quantity: 1 + (60 % 3) });
    live.ws.close();
  }, 60_000);

  test('an entry below the design’s revision is refused when its writer asks to verify, also where that permit was swept', async () => {
    const { owner, id, live } = await designWithRoom();
    live.ws.close();
    const start = (await DesignModel.findById(id).lean())!.revision;
    // Two writes: the second gives the permit of `start` back to the sweep.
    for (const name of ['Eins', 'Zwei']) expect((await owner.patch(`/api/designs/${id}`, { name })).status).toBe(200);
    const payload = {
      name: 'Alt',
      selections: [],
      texts: {},
      diets: [],
      totals: {} as never,
      findings: [],
      liveMutations: [],
    };
    // Kept: the insert itself is refused (or, a segment later, the design read after it).
    await expect(new LogWriter().append(id, start, payload, true)).rejects.toMatchObject({ status: 409 });
    for (let i = 0; (await findPermit(`${id}:${start}`)) && i < 40; i++) await pause(250);
    expect(await findPermit(`${id}:${start}`)).toBeNull();
    // Swept: a writer that last confirmed its revision long ago verifies, and is refused.
    await expect(new LogWriter().append(id, start, payload, true)).rejects.toMatchObject({ status: 409 });
    expect((await owner.get(`/api/designs/${id}`)).json.name).toBe('Zwei');
  }, 30_000);

  test('the sweep folds old entries nobody folded (their room’s process died) before it removes them', async () => {
    const { owner, id, live } = await designWithRoom();
    live.ws.close();
    await pause(300); // the room closes (and folds what it had)
    const at = (await DesignModel.findById(id).lean())!.revision;
    const payload = (name: string) => ({
      name,
      selections: [{ optionId: 'haferflocken-kernig', quantity: 4 }],
      texts: {},
      diets: [],
      totals: {} as never,
      findings: [],
      liveMutations: [{ k: 'x/tab', m: 7 }],
    });
    // Two acknowledged entries of a room that is gone: no room, no GET folds them.
    await new LogWriter().append(id, at, payload('Eins'));
    await new LogWriter().append(id, at + 1, payload('Zwei'));
    for (let i = 0; (await DesignModel.findById(id).lean())!.revision === at && i < 40; i++) await pause(250);
    const stored = (await DesignModel.findById(id).lean())!;
    expect(stored.name).toBe('Zwei');
    expect(stored.selections).toEqual([{ optionId: 'haferflocken-kernig', quantity: 4 }]);
    await pause(3 * KEEP_MS + 2 * SWEEP_MS);
    expect(await findPermit(`${id}:${at + 1}`)).toBeNull();
    expect((await owner.get(`/api/designs/${id}`)).json.name).toBe('Zwei');
  }, 30_000);
});

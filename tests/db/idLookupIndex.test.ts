/**
 * The embedded FerretDB finds documents by `_id` through an index (scripts/ferretdb/idindex.go):
 * FerretDB 1.24's own `_id` index is on another expression than its lookups use, so without
 * ours every find, update and delete by `_id` scans the table. Its own embedded database, so
 * the test holds also when the suite runs against a MONGODB_URI.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient, type Collection } from 'mongodb';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startFerretDb, type EmbeddedDb } from '@server/db/ferretdb';

let db: EmbeddedDb;
let client: MongoClient;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'prosumer-idindex-'));
  db = await startFerretDb({ dataDir: dir });
  client = await MongoClient.connect(db.uri);
});
afterAll(async () => {
  await client?.close();
  await db?.stop();
  rmSync(dir, { recursive: true, force: true });
});

type Doc = { _id: string; n: number };
/**
 * SQLite's plan for a find by `_id`, as FerretDB's explain reports it. A find runs first: an
 * EXPLAIN only compiles, with the schema the connection last read, and a real query reads it.
 */
async function planOf(things: Collection<Doc>): Promise<string> {
  await things.findOne({ _id: 'd1' });
  const explained = (await things.find({ _id: 'd7' }).explain()) as { queryPlanner?: { Plan?: string[] } };
  return (explained.queryPlanner?.Plan ?? []).join(' ');
}
/** The plan once it uses an index, or the last plan seen after 5 s. */
async function settledPlan(things: Collection<Doc>): Promise<string> {
  let plan = '';
  for (const until = Date.now() + 5000; Date.now() < until; await new Promise((ok) => setTimeout(ok, 100))) {
    plan = await planOf(things);
    if (plan.includes('USING INDEX')) break;
  }
  return plan;
}

test('a find by _id searches an index, also in a collection created again after a drop', async () => {
  const things = client.db('idindex').collection<Doc>('things');
  for (let round = 0; round < 2; round++) {
    await things.insertMany(Array.from({ length: 50 }, (_, n) => ({ _id: `d${n}`, n: n + round })));
    expect(await settledPlan(things)).toMatch(/SEARCH \S+ USING INDEX \S+_id_lookup/);
    expect(await things.findOne({ _id: 'd7' })).toEqual({ _id: 'd7', n: 7 + round });
    await things.updateOne({ _id: 'd7' }, { $set: { n: -1 } });
    expect((await things.findOne({ _id: 'd7' }))?.n).toBe(-1);
    // FerretDB's unique index still refuses a second document with the same _id.
    await expect(things.insertOne({ _id: 'd8', n: 0 })).rejects.toMatchObject({ code: 11000 });
    await things.drop();
  }
});

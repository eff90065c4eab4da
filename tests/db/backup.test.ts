import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import mongoose from 'mongoose';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { backupDatabase, restoreDatabase } from '@server/db/backup';
import { Client } from '@tests/setup/http';
import { startTestServer, type TestServer } from '@tests/setup/server';
import { PASSWORD, signedUp, uniqueEmail, validDraft } from '@tests/security/helpers';

// No Decimal128: FerretDB 1.24 does not store it.
const { EJSON, Binary, Long, ObjectId } = mongoose.mongo.BSON;
let server: TestServer;
let dir: string;
let target: mongoose.mongo.Db;

beforeAll(async () => {
  server = await startTestServer();
  dir = mkdtempSync(join(tmpdir(), 'prosumer-backup-'));
  target = mongoose.connection.getClient().db(`${mongoose.connection.db!.databaseName}_restored`);
});
afterAll(async () => {
  await target.dropDatabase().catch(() => undefined);
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Every document of every collection, in canonical Extended JSON, by collection and _id. */
async function dump(db: mongoose.mongo.Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
    const docs = await db.collection(name).find({}).sort({ _id: 1 }).toArray();
    if (docs.length) out[name] = docs.map((d) => EJSON.stringify(d, { relaxed: false }));
  }
  return out;
}

test('a populated database comes back document for document, with its unique indexes', async () => {
  const { client } = await signedUp(server.url, 'backup');
  const draft = await validDraft(server.url);
  for (let i = 0; i < 3; i++) expect((await client.post('/api/designs', { ...draft, name: `B${i}` })).status).toBe(201);
  await new Client(server.url).post('/api/auth/register', {
    email: uniqueEmail('b2'),
    password: PASSWORD,
    displayName: 'Zwei',
  });
  const odd = {
    _id: new ObjectId(),
    when: new Date('2026-12-01T08:00:00.123Z'),
    long: Long.fromString('9007199254740993'),
    bytes: new Binary(Buffer.from([0, 1, 2, 255])),
    nested: { list: [1, 'zwei', { drei: true }], umlaut: 'Müsli 🥣', empty: null },
  };
  await mongoose.connection.db!.collection('oddities').insertOne(odd);
  const file = join(dir, 'backup.jsonl.gz');
  const written = await backupDatabase(mongoose.connection.db!, file);
  expect(written.users).toBe(2);
  expect(written.designs).toBe(3);
  expect(written.oddities).toBe(1);

  const before = await dump(mongoose.connection.db!);
  expect(Object.keys(before)).toEqual(expect.arrayContaining(['users', 'designs', 'catalogversions', 'sessions']));
  await restoreDatabase(target, file);
  expect(await dump(target)).toEqual(before);
  const restoredOdd = await target.collection('oddities').findOne({ _id: odd._id });
  expect(restoredOdd?.long).toBeInstanceOf(Long);
  expect(restoredOdd?.when).toEqual(odd.when);

  const users = target.collection('users');
  const one = await users.findOne({});
  await expect(users.insertOne({ ...one, _id: 'another-user-id1' as never })).rejects.toMatchObject({ code: 11000 });
});

test('a database that holds documents is refused with a sentence, and nothing changes', async () => {
  const file = join(dir, 'again.jsonl.gz');
  await backupDatabase(mongoose.connection.db!, file);
  const before = await dump(target);
  await expect(restoreDatabase(target, file)).rejects.toThrow(
    /is not empty \(documents in .*users.*\); restore only into an empty database/,
  );
  expect(await dump(target)).toEqual(before);
});

test('a file that is not a backup is refused', async () => {
  const file = join(dir, 'other.gz');
  writeFileSync(file, gzipSync('{"hello":1}\n'));
  const empty = mongoose.connection.getClient().db(`${target.databaseName}_x`);
  await expect(restoreDatabase(empty, file)).rejects.toThrow(/is not a Prosumer backup/);
});

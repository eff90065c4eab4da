import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import mongoose from 'mongoose';

type Db = mongoose.mongo.Db;
type Document = mongoose.mongo.Document;
const { EJSON } = mongoose.mongo.BSON;

/** The first line of every backup file. */
const FORMAT = 'prosumer-backup';
const VERSION = 1;
const BATCH = 500;

/** An index as kept in the file: enough to build it again. */
interface IndexSpec {
  key: Document;
  name: string;
  unique?: boolean;
}

/** One line of the file: the header, a collection with its indexes, or one of its documents. */
type Line =
  | { format: typeof FORMAT; version: number; createdAt: string }
  | { collection: string; indexes: IndexSpec[] }
  | { c: string; d: Document };

/** Canonical Extended JSON keeps every BSON type (dates, ObjectIds, longs, binaries) exactly. */
const encode = (line: Line) => `${EJSON.stringify(line, { relaxed: false })}\n`;

/**
 * Writes every collection of `db`, its indexes and all its documents, to `file`: gzip-compressed
 * lines of canonical Extended JSON. Returns the documents written per collection.
 */
export async function backupDatabase(db: Db, file: string): Promise<Record<string, number>> {
  const out = new PassThrough();
  const written = pipeline(out, createGzip(), createWriteStream(file));
  const write = async (line: Line) => {
    if (!out.write(encode(line))) await once(out, 'drain');
  };
  const counts: Record<string, number> = {};
  await write({ format: FORMAT, version: VERSION, createdAt: new Date().toISOString() });
  const collections = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort();
  for (const name of collections) {
    const indexes = (await db.collection(name).indexes()) as IndexSpec[];
    await write({
      collection: name,
      indexes: indexes
        .filter((i) => i.name !== '_id_')
        .map((i) => ({ key: i.key, name: i.name, ...(i.unique && { unique: true }) })),
    });
    counts[name] = 0;
    for await (const d of db.collection(name).find({}).sort({ _id: 1 })) {
      await write({ c: name, d });
      counts[name]++;
    }
  }
  out.end();
  await written;
  return counts;
}

/** The collections of `db` that hold documents (an empty collection, e.g. with indexes only, is fine). */
async function nonEmptyCollections(db: Db): Promise<string[]> {
  const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
  const full = await Promise.all(names.map(async (n) => ((await db.collection(n).findOne({})) ? n : null)));
  return full.filter((n): n is string => n !== null).sort();
}

/**
 * Loads a file written by `backupDatabase` into `db`, which must hold no documents: a restore
 * never mixes with live data. Builds each collection's indexes before its documents go in.
 */
export async function restoreDatabase(db: Db, file: string): Promise<Record<string, number>> {
  const full = await nonEmptyCollections(db);
  if (full.length)
    throw new Error(
      `The database "${db.databaseName}" is not empty (documents in ${full.join(', ')}); restore only into an empty database: set MONGODB_URI to a new database name or DATA_DIR to a new folder.`,
    );
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const counts: Record<string, number> = {};
  let batch: { name: string; docs: Document[] } = { name: '', docs: [] };
  const flush = async () => {
    if (batch.docs.length) await db.collection(batch.name).insertMany(batch.docs, { ordered: true });
    batch.docs = [];
  };
  let header = false;
  for await (const text of lines) {
    if (!text) continue;
    const line = EJSON.parse(text, { relaxed: false }) as Line;
    if (!header) {
      if (!('format' in line) || line.format !== FORMAT || Number(line.version) !== VERSION)
        throw new Error(`${file} is not a Prosumer backup (version ${VERSION}); make one with npm run db:backup.`);
      header = true;
    } else if ('collection' in line) {
      await flush();
      batch = { name: line.collection, docs: [] };
      counts[line.collection] = 0;
      await db.createCollection(line.collection).catch(() => undefined);
      for (const i of line.indexes)
        await db.collection(line.collection).createIndex(i.key, { name: i.name, unique: i.unique ?? false });
    } else if ('c' in line) {
      if (line.c !== batch.name) throw new Error(`${file} is damaged: a document of ${line.c} outside its collection.`);
      batch.docs.push(line.d);
      counts[line.c]++;
      if (batch.docs.length >= BATCH) await flush();
    }
  }
  await flush();
  if (!header) throw new Error(`${file} is empty; make a backup with npm run db:backup.`);
  return counts;
}

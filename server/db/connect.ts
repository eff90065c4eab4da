import mongoose from 'mongoose';
import { startFerretDb, type EmbeddedDb } from './ferretdb';
import { installSerialUpdates } from './serialUpdates';

/**
 * The query settings every connection of ours uses: `sanitizeFilter` (a filter value that is an
 * object is taken as a value, never as an operator; `trusted()` marks our own operators) and
 * `strictQuery`. Set by the connect functions, not as a side effect of an import.
 */
export function configureMongoose(): void {
  mongoose.set('sanitizeFilter', true);
  mongoose.set('strictQuery', true);
}

export interface Database {
  uri: string;
  embedded: EmbeddedDb | null;
  /** The server is FerretDB (embedded, or a MONGODB_URI that answers buildInfo as FerretDB). */
  ferretDb: boolean;
  close(): Promise<void>;
}

/**
 * Connects mongoose to MONGODB_URI, or starts the embedded FerretDB (SQLite backend, files in
 * DATA_DIR) when it is unset. Throws one sentence that says what to do when neither works.
 */
export async function connectDatabase(opts: {
  mongoUri?: string;
  dataDir: string;
  autoIndex: boolean;
}): Promise<Database> {
  configureMongoose();
  let embedded: EmbeddedDb | null = null;
  let uri = opts.mongoUri;
  if (!uri) {
    try {
      embedded = await startFerretDb({ dataDir: opts.dataDir });
    } catch (err) {
      throw new Error(
        `Could not start the embedded database: ${(err as Error).message.replace(/\.?$/, '.')} Or set MONGODB_URI to a running MongoDB.`,
      );
    }
    uri = embedded.uri;
  }
  try {
    await mongoose.connect(uri, { serverSelectionTimeoutMS: 10_000, autoIndex: opts.autoIndex });
  } catch (err) {
    await embedded?.stop();
    throw new Error(
      `Could not connect to the database at ${redact(uri)} (${(err as Error).message}). Check MONGODB_URI, or unset it to use the embedded database.`,
    );
  }
  // Against FerretDB, one process's updates of a document run one after another (see serialUpdates.ts).
  const ferretDb = embedded !== null || (await isFerretDb());
  if (ferretDb) installSerialUpdates();
  return {
    uri,
    embedded,
    ferretDb,
    async close() {
      await mongoose.disconnect();
      await embedded?.stop();
    },
  };
}

/**
 * Whether the connected server is FerretDB: its buildInfo answer carries `ferretdbVersion`
 * (a real MongoDB's does not). Unknown answers count as MongoDB.
 */
export async function isFerretDb(): Promise<boolean> {
  const info = await mongoose.connection.db
    ?.admin()
    .command({ buildInfo: 1 })
    .catch(() => null);
  return !!info && Object.keys(info).some((k) => k.toLowerCase().startsWith('ferretdb'));
}

/**
 * Installs the FerretDB guards for a connection opened elsewhere (the tests'): the serial
 * updates, only when the server is FerretDB. Returns whether it is.
 */
export async function guardFerretDb(): Promise<boolean> {
  const ferretDb = await isFerretDb();
  if (ferretDb) installSerialUpdates();
  return ferretDb;
}

/** The URI without its password, for messages. */
export const redact = (uri: string) => uri.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

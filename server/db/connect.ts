import mongoose from 'mongoose';
import { startFerretDb, type EmbeddedDb } from './ferretdb';
import './serialUpdates';

mongoose.set('sanitizeFilter', true);
mongoose.set('strictQuery', true);

export interface Database {
  uri: string;
  embedded: EmbeddedDb | null;
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
  return {
    uri,
    embedded,
    async close() {
      await mongoose.disconnect();
      await embedded?.stop();
    },
  };
}

/** The URI without its password, for messages. */
export const redact = (uri: string) => uri.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

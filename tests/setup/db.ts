import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { inject } from 'vitest';
import { configureMongoose, guardFerretDb } from '@server/db/connect';

/**
 * Connects mongoose to the run's test database server with a database of this file's own,
 * so test files never see each other's data. Returns a function that drops it again, with the
 * database's `url` (another app process can connect to the same database).
 */
export async function connectTestDb(): Promise<(() => Promise<void>) & { url: string }> {
  const base = inject('mongoUri');
  const url = new URL(base);
  url.pathname = `/t_${randomBytes(6).toString('hex')}`;
  configureMongoose();
  await mongoose.connect(url.toString(), { serverSelectionTimeoutMS: 10_000, autoIndex: true });
  // As connectDatabase does: the serial-update guard only against FerretDB.
  await guardFerretDb();
  const drop = async () => {
    await mongoose.connection.dropDatabase().catch(() => undefined);
    await mongoose.disconnect();
  };
  return Object.assign(drop, { url: url.toString() });
}

/**
 * npm run db:backup -- FILE   writes every collection of the database to FILE (gzip, EJSON lines)
 * npm run db:restore -- FILE  loads FILE into an EMPTY database
 * The database is MONGODB_URI, or the embedded one in DATA_DIR (stop the app first: the
 * embedded database has one writer).
 */
import { resolve } from 'node:path';
import mongoose from 'mongoose';
import { connectDatabase } from '@server/db/connect';
import { backupDatabase, restoreDatabase } from '@server/db/backup';

async function main() {
  const [command, file] = process.argv.slice(2);
  if ((command !== 'backup' && command !== 'restore') || !file)
    throw new Error('Usage: npm run db:backup -- FILE, or npm run db:restore -- FILE.');
  const path = resolve(file);
  const db = await connectDatabase({
    mongoUri: process.env.MONGODB_URI || undefined,
    dataDir: resolve(process.env.DATA_DIR || './data'),
    autoIndex: false,
  });
  try {
    const conn = mongoose.connection.db!;
    const counts = command === 'backup' ? await backupDatabase(conn, path) : await restoreDatabase(conn, path);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const what = Object.entries(counts)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    console.log(
      `${command === 'backup' ? 'Backed up' : 'Restored'} ${total} documents (${what}) ${command === 'backup' ? 'to' : 'from'} ${path}.`,
    );
  } finally {
    await db.close();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});

import { MongoStore } from 'connect-mongo';
import mongoose from 'mongoose';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { MongoClient } from 'mongodb';
import type { Catalog } from '@shared/catalog/types';
import type { AppDeps } from '@server/app';
import { CatalogStore } from '@server/catalogs/catalogStore';
import { CachedSessionStore } from '@server/middleware/cachedSessionStore';
import { ensureAdmin } from '@server/auth/ensureAdmin';
import { backfillUserRevisions } from '@server/auth/updateUser';
import { backfillGalleryFields } from '@server/gallery/backfill';
import type { Config } from '@server/config';
import { createRateLimits } from '@server/middleware/rateLimit';
import { watchDatabase } from '@server/ops/metrics';
import { databaseCheck, type ReadinessCheck } from '@server/ops/readiness';
import { DesignIndex } from '@server/designs/designIndex';
import { foldOldEntries } from '@server/designs/liveLog';
import { startPermitSweeper } from '@server/db/permitSweep';
import { cleanupLoginThrottles, startLoginThrottleCleanup } from '@server/auth/cleanupLoginThrottles';

/** Paths never written to a log: secrets anywhere near the top, and the HTTP headers that carry them. */
export const LOG_REDACT = [
  'password',
  '*.password',
  'passwordHash',
  '*.passwordHash',
  'cookie',
  '*.cookie',
  'token',
  '*.token',
  // pino-http uses this logger as it is (its own `redact` option is then not applied).
  'req.headers.cookie',
  'req.headers.authorization',
  'req.body',
  'res.headers["set-cookie"]',
];

/** The app's logger; `destination` lets tests read what would be written. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  const options = { level: config.logLevel, redact: LOG_REDACT };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Everything the app needs once mongoose is connected: indexes, the seed catalogs
 * published, the catalog cache and the session store.
 */
export async function createServices(
  config: Config,
  seeds: Catalog[],
  logger: Logger,
): Promise<Omit<AppDeps, 'clientDir'> & { stopJobs(): void }> {
  if (config.production) await mongoose.connection.syncIndexes();
  else await Promise.all(Object.values(mongoose.models).map((m) => m.init()));
  await backfillGalleryFields();
  await backfillUserRevisions();
  const catalogs = new CatalogStore();
  await catalogs.seed(seeds);
  await ensureAdmin(config, logger);
  const databaseStore = MongoStore.create({
    client: mongoose.connection.getClient() as unknown as MongoClient,
    dbName: mongoose.connection.db?.databaseName,
    collectionName: 'sessions',
    // FerretDB has no TTL indexes: expired sessions are removed by a timer instead.
    autoRemove: 'interval',
    autoRemoveInterval: 10,
    ttl: 60 * 60 * 24 * 30,
    // Not a write on every request just to extend the expiry: at most once an hour.
    touchAfter: 60 * 60,
    stringify: false,
  });
  // Only a single process sees every session write (a logout, the id a sign-in regenerates
  // away), so only then may it keep sessions in memory too.
  const sessionStore = config.topology.singleProcess ? new CachedSessionStore(databaseStore) : databaseStore;
  const rateLimits = createRateLimits(config);
  const readiness: ReadinessCheck[] = [databaseCheck];
  if (rateLimits.ping) readiness.push({ name: 'redis', check: rateLimits.ping });
  watchDatabase(mongoose.connection);
  const designIndex = new DesignIndex({
    refreshMs: config.suggestions.refreshSeconds * 1000,
    rebuildMs: config.suggestions.rebuildSeconds * 1000,
    logger,
  });
  await designIndex.start();
  await cleanupLoginThrottles();
  const stopCleanup = startLoginThrottleCleanup(3600_000, logger);
  const stopSweep = startPermitSweeper(foldOldEntries, config.permits, logger);
  return {
    config,
    catalogs,
    sessionStore,
    logger,
    rateLimits,
    readiness,
    designIndex,
    /** Ends the periodic jobs (design index refresh, failed-login cleanup, permit sweep). */
    stopJobs() {
      designIndex.stop();
      stopCleanup();
      stopSweep();
    },
  };
}

import type { Server } from 'node:http';
import { attachLive, createApp, liveOf } from '@server/app';
import { loadCatalogFiles } from '@server/catalogs/loadCatalogFiles';
import { loadConfig } from '@server/config';
import { connectDatabase } from '@server/db/connect';
import { createLogger, createServices } from '@server/services';
import { logProductionExpectations } from '@server/ops/httpsRequired';
import { drain } from '@server/ops/shutdown';

/** Starts the database (or connects to MONGODB_URI), seeds the catalogs and listens on PORT. */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config);
  const seeds = loadCatalogFiles();
  const db = await connectDatabase({
    mongoUri: config.mongoUri,
    dataDir: config.dataDir,
    autoIndex: !config.production,
  });
  const services = await createServices(config, seeds, logger).catch(async (err: Error) => {
    await db.close();
    throw err;
  });
  logProductionExpectations(config, logger);
  const app = createApp(services);
  const server: Server = app.listen(config.port, () => {
    logger.info(
      `Prosumer listens on http://localhost:${config.port} (database: ${db.embedded ? `embedded FerretDB in ${config.dataDir}` : `MONGODB_URI${db.ferretDb ? ', FerretDB' : ''}`}; ${config.topology.singleProcess ? 'single process: sessions cached in memory' : `one of APP_PROCESSES=${config.topology.processes}: sessions and limits shared through the database and Redis`})`,
    );
  });
  attachLive(app, server);
  server.on('error', async (err: NodeJS.ErrnoException) => {
    console.error(
      err.code === 'EADDRINUSE' ? `Port ${config.port} is in use: stop the other server or set PORT.` : err.message,
    );
    await db.close();
    process.exit(1);
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: draining (up to ${config.shutdownGraceMs} ms), then shutting down`);
    // Live rooms first: they flush what they acknowledged and close their sockets, which
    // server.close() would otherwise wait for until the grace period ends.
    await liveOf(app).close();
    const { forced } = await drain(server, config.shutdownGraceMs);
    if (forced) logger.warn('shutdown: connections still open after the grace period were closed');
    services.stopJobs();
    await services.rateLimits.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});

import { existsSync } from 'node:fs';
import type { Express } from 'express';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { attachLive, createApp, liveOf } from '@server/app';
import { loadCatalogFiles } from '@server/catalogs/loadCatalogFiles';
import { loadConfig, type Config } from '@server/config';
import { createLogger, createServices } from '@server/services';
import { TEST_CLIENT_DIR } from './buildClient';
import { connectTestDb } from './db';

export interface TestServer {
  url: string;
  config: Config;
  /** The database it uses: a second app process can join it (tests/setup/otherProcess.ts). */
  dbUrl: string;
  /** The app itself, for tests that read its routes. */
  app: Express;
  stop(): Promise<void>;
}

/**
 * The real app on a free port against a fresh database of the test FerretDB, with the
 * seed catalogs; `client: true` also serves the client globalSetup built for this run.
 */
export async function startTestServer(
  opts: { client?: boolean; env?: Record<string, string>; clientDir?: string } = {},
): Promise<TestServer> {
  if (opts.client && !existsSync(resolve(TEST_CLIENT_DIR, 'index.html')))
    throw new Error(
      'The test client was not built: run browser tests through vitest (tests/setup/globalSetup.ts builds it).',
    );
  const dropDb = await connectTestDb();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: resolve(import.meta.dirname, '../../data/test'),
    SESSION_SECRET: 'test-secret',
    // The database it really uses (not embedded): what APP_PROCESSES > 1 asks for.
    MONGODB_URI: dropDb.url,
    ...opts.env,
  });
  const services = await createServices(config, loadCatalogFiles(), createLogger(config));
  const clientDir = opts.clientDir ?? (opts.client ? TEST_CLIENT_DIR : '/nonexistent');
  const app = createApp({ ...services, clientDir });
  const server = app.listen(0, '127.0.0.1');
  attachLive(app, server);
  await new Promise<void>((ok) => server.once('listening', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    dbUrl: dropDb.url,
    app,
    async stop() {
      await liveOf(app).close();
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
      services.stopJobs();
      await services.rateLimits.close();
      await dropDb();
    },
  };
}

import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { createApp } from '@server/app';
import { loadCatalogFiles } from '@server/catalogs/loadCatalogFiles';
import { loadConfig, type Config } from '@server/config';
import { createLogger, createServices } from '@server/services';
import { connectTestDb } from './db';

export interface TestServer {
  url: string;
  config: Config;
  stop(): Promise<void>;
}

const TEST_CLIENT_DIR = resolve(import.meta.dirname, '../../dist/test-client');
let clientBuild: Promise<void> | undefined;

/** Builds the client once per test worker into dist/test-client (fresh each run). */
function buildClient(): Promise<void> {
  clientBuild ??= (async () => {
    const { build } = await import('vite');
    await build({
      configFile: resolve(import.meta.dirname, '../../vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: TEST_CLIENT_DIR, emptyOutDir: true },
    });
  })();
  return clientBuild;
}

/**
 * The real app on a free port against a fresh database of the test FerretDB, with the
 * seed catalogs; `client: true` also serves a freshly built client for browser tests.
 */
export async function startTestServer(
  opts: { client?: boolean; env?: Record<string, string>; clientDir?: string } = {},
): Promise<TestServer> {
  if (opts.client) await buildClient();
  const dropDb = await connectTestDb();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: resolve(import.meta.dirname, '../../data/test'),
    SESSION_SECRET: 'test-secret',
    ...opts.env,
  });
  const services = await createServices(config, loadCatalogFiles(), createLogger(config));
  const clientDir = opts.clientDir ?? (opts.client && existsSync(TEST_CLIENT_DIR) ? TEST_CLIENT_DIR : '/nonexistent');
  const app = createApp({ ...services, clientDir });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((ok) => server.once('listening', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    async stop() {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
      services.stopJobs();
      await services.rateLimits.close();
      await dropDb();
    },
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, startFerretDb, type EmbeddedDb } from '@server/db/ferretdb';
import { dropPostgresDatabase, ensurePostgresDatabase, freshPostgresDatabase } from './postgres';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ClusterOptions {
  processes: number;
  /** Ports of the app processes: basePort, basePort + 1, … */
  basePort: number;
  /** PostgreSQL database FerretDB keeps its data in (created empty unless `keepData`). */
  database: string;
  /** Keep the database's data between runs (start:cluster); tests start empty and drop it. */
  keepData?: boolean;
  redisUrl?: string;
  /** Extra environment for every app process (rate limits, admin account, NODE_ENV). */
  env?: Record<string, string>;
  /** Show the app processes' logs (start:cluster) or not (tests, benchmarks). */
  inheritLogs?: boolean;
}

/** One app process of the cluster. */
export interface AppProcess {
  url: string;
  child: ChildProcess;
  exited: Promise<void>;
}

export interface Cluster {
  mongoUri: string;
  urls: string[];
  apps: AppProcess[];
  /** Starts (again) app process `i` on its port, e.g. after a kill. */
  restart(i: number): Promise<void>;
  stop(): Promise<void>;
}

/** Waits until `url`/api/ready answers 200, or the process ends, or 90 s pass. */
async function waitReady(app: AppProcess, log: () => string): Promise<void> {
  let gone = false;
  void app.exited.then(() => (gone = true));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`The app process at ${app.url} exited at start: ${log().trim().slice(-1500)}`);
    const ok = await fetch(`${app.url}/api/ready`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`The app process at ${app.url} was not ready within 90 s: ${log().trim().slice(-1500)}`);
}

/**
 * FerretDB on the local PostgreSQL (`--handler=postgresql`, its database created first), then
 * N app processes on `basePort…` sharing it through MONGODB_URI, with REDIS_URL and
 * APP_PROCESSES=N; resolves when every process is ready. The load balancer is started apart
 * (scripts/cluster/haproxy.ts), so tests can aim each request at a chosen process.
 */
export async function startCluster(opts: ClusterOptions): Promise<Cluster> {
  const postgresUrl = await (opts.keepData ? ensurePostgresDatabase : freshPostgresDatabase)(opts.database);
  let db: EmbeddedDb | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'prosumer-cluster-'));
  const apps: AppProcess[] = [];
  const stopAll = async () => {
    await Promise.all(apps.map((a) => stopApp(a)));
    await db?.stop();
    if (!opts.keepData) await dropPostgresDatabase(opts.database);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    db = await startFerretDb({ dataDir: null, port: await freePort(), database: 'prosumer', postgresUrl });
    const env = {
      ...process.env,
      MONGODB_URI: db.uri,
      APP_PROCESSES: String(opts.processes),
      SESSION_SECRET: `cluster-${opts.database}`,
      DATA_DIR: dataDir,
      ...(opts.redisUrl && { REDIS_URL: opts.redisUrl }),
      ...opts.env,
    };
    const launch = async (i: number) => {
      const port = opts.basePort + i;
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/main.ts')], {
        cwd: ROOT,
        env: { ...env, PORT: String(port) },
        stdio: opts.inheritLogs ? 'inherit' : ['ignore', 'ignore', 'pipe'],
      });
      let log = '';
      child.stderr?.on('data', (b: Buffer) => (log = (log + b.toString()).slice(-4000)));
      const app = {
        url: `http://127.0.0.1:${port}`,
        child,
        exited: new Promise<void>((ok) => child.once('exit', () => ok())),
      };
      apps[i] = app;
      await waitReady(app, () => log);
    };
    // One after another: each first start builds indexes and seeds the catalogs.
    await launch(0);
    await Promise.all(Array.from({ length: opts.processes - 1 }, (_, i) => launch(i + 1)));
    return {
      mongoUri: db.uri,
      urls: apps.map((a) => a.url),
      apps,
      restart: launch,
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

/** SIGTERM (the app drains), SIGKILL after 10 s. */
async function stopApp(app: AppProcess | undefined): Promise<void> {
  if (!app || app.child.exitCode !== null || app.child.signalCode !== null) return;
  app.child.kill('SIGTERM');
  const timer = setTimeout(() => app.child.kill('SIGKILL'), 10_000);
  await app.exited;
  clearTimeout(timer);
}

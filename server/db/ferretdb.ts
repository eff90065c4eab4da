import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** Where `npm run db:install` puts the FerretDB binary (git-ignored). */
export const FERRETDB_BIN = resolve(import.meta.dirname, '../../.tools/bin/ferretdb');

export interface EmbeddedDb {
  uri: string;
  /** The FerretDB process (for CPU figures in benchmarks). */
  pid?: number;
  stop(): Promise<void>;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => ok(port));
    });
  });
}

/**
 * Starts FerretDB on its SQLite backend with its files in `dataDir` (or in memory when
 * `dataDir` is null), waits until it accepts connections, and returns its URI.
 */
export async function startFerretDb(opts: {
  dataDir: string | null;
  port?: number;
  database?: string;
  /** Use the PostgreSQL backend at this URL instead of SQLite (the database must exist). */
  postgresUrl?: string;
}): Promise<EmbeddedDb> {
  if (!existsSync(FERRETDB_BIN)) {
    throw new Error(`FerretDB is not installed at ${FERRETDB_BIN}; run \`npm run db:install\` (needs Go)`);
  }
  let sqliteUrl = 'file:./?mode=memory';
  if (opts.dataDir) {
    const dir = resolve(opts.dataDir, 'ferretdb');
    mkdirSync(dir, { recursive: true });
    sqliteUrl = `file:${dir}/`;
  }
  const port = opts.port ?? (await freePort());
  const child: ChildProcess = spawn(
    FERRETDB_BIN,
    [
      ...(opts.postgresUrl
        ? ['--handler=postgresql', `--postgresql-url=${opts.postgresUrl}`]
        : ['--handler=sqlite', `--sqlite-url=${sqliteUrl}`]),
      `--listen-addr=127.0.0.1:${port}`,
      '--log-level=error',
      // FERRETDB_PPROF=host:port serves Go's profiler, to see where the database's CPU goes under a benchmark.
      ...(process.env.FERRETDB_PPROF ? [`--pprof-addr=${process.env.FERRETDB_PPROF}`] : []),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => {
    stderr = (stderr + b.toString()).slice(-4000);
  });
  const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
  const uri = `mongodb://127.0.0.1:${port}/${opts.database ?? 'prosumer'}`;
  await waitForPort(port, exited, () => stderr);
  return {
    uri,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitForPort(port: number, exited: Promise<number | null>, log: () => string): Promise<void> {
  const { connect } = await import('node:net');
  const deadline = Date.now() + 20_000;
  let done = false;
  void exited.then(() => (done = true));
  while (Date.now() < deadline) {
    if (done) throw new Error(`FerretDB exited at start: ${log().trim() || 'no output'}`);
    const up = await new Promise<boolean>((ok) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => (s.destroy(), ok(true)));
      s.once('error', () => ok(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`FerretDB did not answer on port ${port} within 20 s: ${log().trim()}`);
}

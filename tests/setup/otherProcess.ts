import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '@server/db/ferretdb';

const ROOT = resolve(import.meta.dirname, '../..');

export interface OtherProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * A second app process, started like production (`server/main.ts`: its own connect, services,
 * app and FerretDB guards), on the database `dbUrl` another test server already uses. What only
 * holds across processes (the write permits, the session store) is tested against it.
 */
export async function startOtherProcess(dbUrl: string, env: Record<string, string> = {}): Promise<OtherProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'prosumer-other-'));
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      SESSION_SECRET: 'test-secret',
      ...env,
      MONGODB_URI: dbUrl,
      PORT: String(port),
      DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr = (stderr + b.toString()).slice(-2000)));
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`The second app process ended at start: ${stderr}`);
    const up = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (i > 300) throw new Error(`The second app process did not start within 60 s: ${stderr}`);
    await new Promise((ok) => setTimeout(ok, 200));
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

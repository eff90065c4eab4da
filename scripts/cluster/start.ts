/**
 * npm run start:cluster -- N: FerretDB on the local PostgreSQL (database `prosumer_cluster`,
 * kept between runs), N app processes on APP_PORT, APP_PORT + 1, … (default PORT + 1) with
 * MONGODB_URI, REDIS_URL and APP_PROCESSES=N, and HAProxy on PORT (default 3000) in front.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '@server/config';
import { startCluster } from './launch';
import { startHaproxy } from './haproxy';

const root = resolve(import.meta.dirname, '../..');
const processes = Number(process.argv[2] ?? 3);
if (!Number.isInteger(processes) || processes < 1 || processes > 32)
  throw new Error('Usage: npm run start:cluster -- N (1 to 32 app processes).');
const port = Number(process.env.PORT ?? 3000);
const appPort = Number(process.env.APP_PORT ?? port + 1);
const dataDir = resolve(process.env.DATA_DIR ?? join(root, 'data/cluster'));
mkdirSync(dataDir, { recursive: true });

execFileSync(process.execPath, [join(root, 'scripts/installFerretdb.mjs')], { stdio: 'inherit' });
if (!existsSync(join(root, 'dist/client/index.html')))
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });

// One session secret for all processes: generated once and kept in DATA_DIR, as `npm start` does.
const { sessionSecret } = loadConfig({ ...process.env, DATA_DIR: dataDir });
const cluster = await startCluster({
  processes,
  basePort: appPort,
  database: process.env.CLUSTER_DATABASE ?? 'prosumer_cluster',
  keepData: true,
  redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  env: { SESSION_SECRET: sessionSecret, DATA_DIR: dataDir },
  inheritLogs: true,
});
const proxy = startHaproxy(port, cluster.urls, dataDir);
console.log(
  `Prosumer: ${processes} app processes (${cluster.urls.join(', ')}) behind HAProxy on http://localhost:${port}`,
);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  proxy.kill('SIGTERM');
  await cluster.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
proxy.on('exit', (code) => {
  if (!stopping) console.error(`HAProxy exited (${code}); stopping the cluster.`);
  void stop();
});

/**
 * Co-design rooms under load: ROOMS rooms × 5 clients, each client 2 operations a second, on
 * one app process, then on two with Redis (clients split between them). Measures committed
 * operations per second, operation → other clients latency (p50/p99, the load generator's
 * clock), and the app processes' CPU time per operation, with the real rule engine and every
 * commit written to FerretDB before it is acknowledged.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import { startFerretDb } from '@server/db/ferretdb';

const ROOMS = Number(process.env.BENCH_ROOMS ?? 200);
const CLIENTS = 5;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const ROOT = resolve(import.meta.dirname, '../..');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const huge = String(1e9);

function startApp(port: number, mongoUri: string, processes: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      MONGODB_URI: mongoUri,
      SESSION_SECRET: 'bench',
      LOG_LEVEL: 'silent',
      RATE_LIMIT_WRITE: huge,
      RATE_LIMIT_INVITE: huge,
      ...(processes > 1 && { REDIS_URL, REDIS_PREFIX: `bench-${port}:`, APP_PROCESSES: String(processes) }),
    },
  });
}

async function up(base: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${base} did not start`);
}

/** utime + stime of a process, in seconds (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function dbUri(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

async function run(label: string, bases: string[], pids: number[]) {
  // One owner session makes the designs; every connection is a tab of it (its own client id).
  const first = await fetch(`${bases[0]}/api/designs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ catalogId: 'muesli', selections: [{ optionId: 'haferflocken-kernig', quantity: 2 }] }),
  });
  const cookie = first.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const ids: string[] = [(await first.json()).id];
  while (ids.length < ROOMS) {
    const res = await fetch(`${bases[0]}/api/designs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ catalogId: 'muesli', selections: [{ optionId: 'haferflocken-kernig', quantity: 2 }] }),
    });
    ids.push((await res.json()).id);
  }
  for (const id of ids)
    await fetch(`${bases[0]}/api/designs/${id}/invites`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{"role":"editor"}',
    });
  const sent = new Map<string, number>();
  const latencies: number[] = [];
  let commits = 0;
  let lost = 0;
  const sockets: WebSocket[] = [];
  await Promise.all(
    ids.flatMap((id, r) =>
      Array.from({ length: CLIENTS }, (_, c) => {
        const base = bases[(r * CLIENTS + c) % bases.length];
        const ws = new WebSocket(`${base.replace('http', 'ws')}/api/designs/${id}/live`, {
          headers: { cookie, origin: base },
        });
        sockets.push(ws);
        const clientId = `bench-${r}-${c}-${label.length}`;
        let mutationId = 0;
        let up = true;
        ws.on('message', (raw) => {
          const m = JSON.parse(raw.toString());
          if (m.type !== 'commit') return;
          const key = `${m.clientId}/${m.mutationId}`;
          const at = sent.get(key);
          if (m.clientId === clientId) commits++;
          else if (at !== undefined) latencies.push(performance.now() - at);
        });
        return new Promise<void>((ok) => {
          ws.once('open', () => {
            ok();
            // 2 operations a second, started at a random phase; one portion on and off again.
            setTimeout(() => {
              const timer = setInterval(() => {
                if (ws.readyState !== ws.OPEN) return clearInterval(timer);
                mutationId++;
                sent.set(`${clientId}/${mutationId}`, performance.now());
                const op = { kind: up ? 'add' : 'remove', optionId: 'cornflakes' };
                up = !up;
                ws.send(JSON.stringify({ type: 'op', clientId, mutationId, op }));
              }, 500);
            }, Math.random() * 500);
          });
          ws.once('error', () => (lost++, ok()));
        });
      }),
    ),
  );
  await new Promise((r) => setTimeout(r, 3000)); // warm-up
  latencies.length = 0;
  commits = 0;
  const cpu0 = pids.map(cpuSeconds);
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = pids.map(cpuSeconds).reduce((s, v, i) => s + v - cpu0[i], 0);
  const done = commits;
  const sorted = latencies.sort((a, b) => a - b);
  for (const ws of sockets) ws.terminate();
  return {
    [`${label}: connections (refused)`]: `${sockets.length} (${lost})`,
    [`${label}: offered ops/s`]: ((ROOMS * CLIENTS * 2) | 0).toString(),
    [`${label}: committed ops/s`]: (done / elapsed).toFixed(0),
    [`${label}: op → others p50 / p99 ms`]: `${pct(sorted, 0.5).toFixed(1)} / ${pct(sorted, 0.99).toFixed(1)}`,
    [`${label}: server CPU ms per op`]: ((cpu * 1000) / Math.max(1, done)).toFixed(2),
  };
}

export async function benchCodesign() {
  const dataDir = mkdtempSync(join(tmpdir(), 'prosumer-bench-codesign-'));
  const db = await startFerretDb({ dataDir });
  const figures: Record<string, string> = {};
  const procs: ChildProcess[] = [];
  try {
    const one = startApp(3390, dbUri(db.uri, 'bench_one'), 1);
    procs.push(one);
    await up('http://127.0.0.1:3390');
    Object.assign(figures, await run('1 process', ['http://127.0.0.1:3390'], [one.pid!]));
    one.kill('SIGTERM');
    // One after the other: the first seeds the catalogs, the second finds them.
    const pair: ChildProcess[] = [];
    for (const port of [3391, 3392]) {
      pair.push(startApp(port, dbUri(db.uri, 'bench_two'), 2));
      procs.push(pair.at(-1)!);
      await up(`http://127.0.0.1:${port}`);
    }
    Object.assign(
      figures,
      await run(
        '2 processes + Redis',
        ['http://127.0.0.1:3391', 'http://127.0.0.1:3392'],
        pair.map((p) => p.pid!),
      ),
    );
  } finally {
    for (const p of procs) p.kill('SIGKILL');
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { name: `co-design: ${ROOMS} rooms × ${CLIENTS} clients × 2 ops/s, ${SECONDS} s`, figures };
}

/**
 * Co-design rooms under load: ROOMS rooms × 5 clients, each client 2 operations a second, on
 * one app process, then on two with Redis (clients split between them). Measures committed
 * operations per second, operation → other clients latency (p50/p99, the load generator's
 * clock), and the app processes' CPU time per operation, with the real rule engine and every
 * commit written to FerretDB before it is acknowledged; afterwards every app process is killed
 * and a fresh one checks that every acknowledged operation is in the stored design.
 * BENCH_ROOMS, BENCH_CLIENTS and BENCH_SECONDS make smaller runs (default: the issue's size).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import { startFerretDb } from '@server/db/ferretdb';

const ROOMS = Number(process.env.BENCH_ROOMS ?? 200);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const ROOT = resolve(import.meta.dirname, '../..');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const huge = String(1e9);
/** BENCH_TIMELINE=1 prints the latencies second by second (to see what a slow second lines up with). */
const TIMELINE = process.env.BENCH_TIMELINE === '1';
/** BENCH_SETUPS=1 runs the one-process setup only. */
const SETUPS = Number(process.env.BENCH_SETUPS ?? 2);

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
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
      RATE_LIMIT_WRITE: huge,
      RATE_LIMIT_INVITE: huge,
      ...(processes > 1 && {
        REDIS_URL,
        REDIS_PREFIX: `bench-codesign-${process.pid}:`,
        APP_PROCESSES: String(processes),
      }),
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

/** A client's view: what it sent and when, and the last of its operations answered. */
interface Tab {
  ws: WebSocket;
  clientId: string;
  room: number;
  sent: number;
  /** The last of its operations saved (durable) or refused; `committed`: not saved yet, by version. */
  acked: number;
  committed: { version: number; mutationId: number }[];
  /** The room's state as this connection was last told it: a commit, or a snapshot (a room that started again). */
  view?: { version: number; selections: unknown; at: number };
  /** Snapshots after the first: the room started again (its commits not yet saved were void), or a new owner process asked everyone to rejoin. */
  restarts: number;
  started?: boolean;
  timer?: NodeJS.Timeout;
}

const json = { 'content-type': 'application/json' };

/** One owner session makes the designs (each shared by an invite); every connection is a tab of it. */
async function makeDesigns(base: string): Promise<{ cookie: string; ids: string[] }> {
  const body = JSON.stringify({ catalogId: 'muesli', selections: [{ optionId: 'haferflocken-kernig', quantity: 2 }] });
  const first = await fetch(`${base}/api/designs`, { method: 'POST', headers: json, body });
  const cookie = first.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const ids: string[] = [(await first.json()).id];
  while (ids.length < ROOMS)
    ids.push(
      (await (await fetch(`${base}/api/designs`, { method: 'POST', headers: { ...json, cookie }, body })).json()).id,
    );
  for (const id of ids)
    await fetch(`${base}/api/designs/${id}/invites`, {
      method: 'POST',
      headers: { ...json, cookie },
      body: '{"role":"editor"}',
    });
  return { cookie, ids };
}

const liveUrl = (base: string, id: string) => `${base.replace('http', 'ws')}/api/designs/${id}/live`;

async function run(label: string, bases: string[], pids: number[], cookie: string, ids: string[], dbPid?: number) {
  const sent = new Map<string, number>();
  const latencies: number[] = [];
  let commits = 0;
  let refused = 0;
  const tabs: Tab[] = [];
  const timeline: number[][] = [];
  let t0 = performance.now();
  let measuring = false;
  let restartsMeasured = 0;
  await Promise.all(
    ids.flatMap((id, r) =>
      Array.from({ length: CLIENTS }, (_, c) => {
        const base = bases[(r * CLIENTS + c) % bases.length];
        const ws = new WebSocket(liveUrl(base, id), { headers: { cookie, origin: base } });
        const tab: Tab = {
          ws,
          clientId: `bench-${r}-${c}-${pids[0]}`,
          room: r,
          sent: 0,
          acked: 0,
          committed: [],
          restarts: 0,
        };
        tabs.push(tab);
        let up = true;
        // 2 operations a second, started at a random phase once the room is joined (as the page does).
        const start = () =>
          setTimeout(() => {
            tab.timer = setInterval(() => {
              if (ws.readyState !== ws.OPEN) return clearInterval(tab.timer);
              const mutationId = ++tab.sent;
              sent.set(`${tab.clientId}/${mutationId}`, performance.now());
              const op = { kind: up ? 'add' : 'remove', optionId: 'cornflakes' };
              up = !up;
              ws.send(JSON.stringify({ type: 'op', clientId: tab.clientId, mutationId, op }));
            }, 500);
          }, Math.random() * 500);
        ws.on('message', (raw) => {
          const m = JSON.parse(raw.toString());
          if (m.type === 'snapshot') {
            if (!tab.started) start();
            else {
              tab.restarts++;
              if (measuring) restartsMeasured++;
            }
            tab.started = true;
            tab.view = { version: m.version, selections: m.draft.selections, at: performance.now() };
          }
          // The acknowledgement is `saved` (durable); a refusal or a duplicate answers at once.
          if (m.clientId === tab.clientId && ['reject', 'duplicate'].includes(m.type))
            tab.acked = Math.max(tab.acked, m.mutationId);
          if (m.clientId === tab.clientId && m.type === 'commit')
            tab.committed.push({ version: m.version, mutationId: m.mutationId });
          if (m.type === 'saved')
            tab.committed = tab.committed.filter((c) => {
              if (c.version <= m.version) tab.acked = Math.max(tab.acked, c.mutationId);
              return c.version > m.version;
            });
          if (m.type !== 'commit') return;
          tab.view = { version: m.version, selections: m.draft.selections, at: performance.now() };
          const at = sent.get(`${m.clientId}/${m.mutationId}`);
          if (m.clientId === tab.clientId) commits++;
          else if (at !== undefined) {
            const now = performance.now();
            latencies.push(now - at);
            if (TIMELINE) (timeline[Math.floor((now - t0) / 1000)] ??= []).push(now - at);
          }
        });
        return new Promise<void>((ok) => {
          ws.once('open', ok);
          ws.once('error', () => (refused++, ok()));
        });
      }),
    ),
  );
  // Warm-up: every client has had an answer (1,000 joins open 200 rooms first), at most a minute.
  for (let i = 0; i < 600 && tabs.some((t) => t.acked === 0); i++) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 2000));
  latencies.length = 0;
  commits = 0;
  const cpu0 = pids.map(cpuSeconds);
  const db0 = dbPid ? cpuSeconds(dbPid) : 0;
  const self0 = process.cpuUsage();
  const load0 = loadavg()[0];
  t0 = performance.now();
  measuring = true;
  timeline.length = 0;
  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = pids.map(cpuSeconds).reduce((s, v, i) => s + v - cpu0[i], 0);
  const dbCpu = dbPid ? cpuSeconds(dbPid) - db0 : NaN;
  const self = process.cpuUsage(self0);
  const done = commits;
  const sorted = [...latencies].sort((a, b) => a - b); // a copy: answers still arrive below
  // Stop sending; every operation sent gets its answer.
  for (const t of tabs) clearInterval(t.timer);
  for (let i = 0; i < 300 && tabs.some((t) => t.acked < t.sent); i++) await new Promise((r) => setTimeout(r, 100));
  if (TIMELINE)
    for (const [s, l] of timeline.entries()) {
      const sec = [...(l ?? [])].sort((a, b) => a - b);
      console.log(
        `  ${label} second ${s}: ${sec.length} deliveries, p50 ${pct(sec, 0.5).toFixed(1)} p99 ${pct(sec, 0.99).toFixed(1)} max ${(sec.at(-1) ?? NaN).toFixed(1)} ms`,
      );
    }
  const unanswered = tabs.reduce((n, t) => n + t.sent - t.acked, 0);
  // Per room, the state its connections were told last: a restart's snapshot comes after the
  // commits it made void (the highest version seen may be one of those).
  const last = new Map<number, { version: number; selections: unknown; at: number }>();
  for (const t of tabs) if (t.view && (last.get(t.room)?.at ?? -1) < t.view.at) last.set(t.room, t.view);
  for (const t of tabs) t.ws.terminate();
  return {
    figures: {
      connections: `${tabs.length} (${refused} refused)`,
      'offered ops/s': String(ROOMS * CLIENTS * 2),
      'committed ops/s': (done / elapsed).toFixed(0),
      'op → others p50 / p99 ms': `${pct(sorted, 0.5).toFixed(1)} / ${pct(sorted, 0.99).toFixed(1)}`,
      'server CPU ms per op (app processes)': ((cpu * 1000) / Math.max(1, done)).toFixed(2),
      'database CPU ms per op (FerretDB)': ((dbCpu * 1000) / Math.max(1, done)).toFixed(2),
      'load generator CPU ms per op': ((self.user + self.system) / 1000 / Math.max(1, done)).toFixed(2),
      'unanswered ops': String(unanswered),
      'snapshots after the first (restarts, rejoins): all / measured': `${tabs.reduce((n, t) => n + t.restarts, 0)} / ${restartsMeasured}`,
      'load average (1 min) at start / end': `${load0.toFixed(2)} / ${loadavg()[0].toFixed(2)}`,
    } as Record<string, string>,
    tabs,
    last,
    label,
  };
}

/**
 * After a SIGKILL of every app process: a fresh one reads each design (HTTP GET, which folds the
 * live log in, and a live snapshot): every acknowledged operation must be there, and the state
 * must be the last one committed.
 */
async function verify(base: string, cookie: string, ids: string[], result: Awaited<ReturnType<typeof run>>) {
  let lostOps = 0;
  let wrongState = 0;
  // Ten rooms at a time: this is a check, not the measurement.
  const queue = ids.map((id, r) => [id, r] as const);
  const check = async ([id, r]: readonly [string, number]) => {
    // A check that hangs fails after a minute (one run's final check once waited forever).
    const res = await fetch(`${base}/api/designs/${id}`, { headers: { cookie }, signal: AbortSignal.timeout(60_000) });
    const design = await res.json();
    const want = JSON.stringify(result.last.get(r)?.selections ?? null);
    const differs = result.last.has(r) && JSON.stringify(design.selections) !== want;
    if (differs) {
      wrongState++;
      // What differs: an error answer, or a stored revision behind or ahead of the last state told.
      console.error(
        `  room ${r}: GET ${res.status}, stored revision ${design.revision}, last state told ${result.last.get(r)?.version}; stored ${JSON.stringify(design.selections)}, seen ${want}`,
      );
    }
    // An error answer or a close before the snapshot fails the check (it never waits forever).
    const snap = await new Promise<{ mutationIds: Record<string, number> }>((ok, fail) => {
      const ws = new WebSocket(liveUrl(base, id), { headers: { cookie, origin: base } });
      let said = '';
      ws.on('message', (raw) => {
        const m = JSON.parse(raw.toString());
        if (m.type === 'error') said = `${m.code}: ${m.message}`;
        if (m.type !== 'snapshot') return;
        ws.terminate();
        ok(m);
      });
      ws.once('error', fail);
      ws.once('close', (code) => fail(new Error(`room ${r}: closed (${code}) before a snapshot ${said}`)));
      setTimeout(() => (ws.terminate(), fail(new Error(`room ${r}: no snapshot within a minute`))), 60_000).unref();
    });
    for (const t of result.tabs.filter((t) => t.room === r))
      if ((snap.mutationIds[t.clientId] ?? 0) < t.acked) lostOps++;
    // A differing GET read again after the room opened: a passing read of an older state, or the stored one.
    if (differs) {
      const again = await (await fetch(`${base}/api/designs/${id}`, { headers: { cookie } })).json();
      console.error(
        `  room ${r}: GET after the snapshot: revision ${again.revision}, ${JSON.stringify(again.selections) === want ? 'as last committed' : 'still differs'}`,
      );
    }
  };
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await check(next);
    }),
  );
  result.figures['acknowledged ops lost / rooms not as last committed'] = `${lostOps} / ${wrongState}`;
}

export async function benchCodesign() {
  const dataDir = mkdtempSync(join(tmpdir(), 'prosumer-bench-codesign-'));
  const db = await startFerretDb({ dataDir });
  const results: Awaited<ReturnType<typeof run>>[] = [];
  const procs: ChildProcess[] = [];
  const start = async (port: number, dbName: string, processes: number) => {
    const p = startApp(port, dbUri(db.uri, dbName), processes);
    procs.push(p);
    await up(`http://127.0.0.1:${port}`);
    return p;
  };
  try {
    const one = await start(3390, 'bench_one', 1);
    const single = await makeDesigns('http://127.0.0.1:3390');
    results.push(await run('1 process', ['http://127.0.0.1:3390'], [one.pid!], single.cookie, single.ids, db.pid));
    one.kill('SIGKILL');
    await start(3393, 'bench_one', 1);
    await verify('http://127.0.0.1:3393', single.cookie, single.ids, results[0]);
    if (SETUPS < 2) return report(results);
    // One after the other: the first seeds the catalogs, the second finds them.
    const pair = [await start(3391, 'bench_two', 2), await start(3392, 'bench_two', 2)];
    const shared = await makeDesigns('http://127.0.0.1:3391');
    const bases = ['http://127.0.0.1:3391', 'http://127.0.0.1:3392'];
    results.push(
      await run(
        '2 processes + Redis',
        bases,
        pair.map((p) => p.pid!),
        shared.cookie,
        shared.ids,
        db.pid,
      ),
    );
    for (const p of pair) p.kill('SIGKILL');
    await start(3394, 'bench_two', 1);
    await verify('http://127.0.0.1:3394', shared.cookie, shared.ids, results[1]);
  } finally {
    for (const p of procs) p.kill('SIGKILL');
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return report(results);
}

function report(results: Awaited<ReturnType<typeof run>>[]) {
  // Side by side: one row per figure, one column per setup.
  const figures: Record<string, string> = {};
  for (const key of Object.keys(results[0].figures))
    figures[key] = results.map((r) => (r.figures[key] ?? '-').padEnd(24)).join('');
  return {
    name: `co-design: ${ROOMS} rooms × ${CLIENTS} clients × 2 ops/s, ${SECONDS} s (columns: ${results.map((r) => r.label).join(' | ')})`,
    figures,
  };
}

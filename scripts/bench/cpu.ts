/**
 * CPU time per request in the app process (user + system, from `process.cpuUsage` deltas
 * around a fixed number of requests), for the same draft on the bare Express endpoint, POST
 * validate, a plain insert and POST /api/designs, in alternating rounds. Less sensitive to a
 * busy machine than throughput: another process's load barely changes this process's CPU time
 * per request. `npm run bench -- cpu`; BENCH_REQUESTS per round (default 4000; a fifth of it for
 * the two that write, which are some twenty times slower).
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchSession, median } from './http';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 4000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

export async function benchCpu() {
  const extra = (process.env.BENCH_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
  const child = spawn(
    process.execPath,
    [...extra, '--import', 'tsx', fileURLToPath(new URL('./serve.ts', import.meta.url))],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    const { app, bare, draft, cookie } = await benchSession(child);
    const cpu = async () => {
      const { user, system } = (await (await fetch(`${bare}/bare/cpu`)).json()) as { user: number; system: number };
      return user + system;
    };
    /** µs of the app process's CPU per request. */
    const perRequest = async (url: string, headers: Record<string, string> = {}, amount = REQUESTS) => {
      const before = await cpu();
      const result = await autocannon({
        url,
        method: 'POST',
        connections: 16,
        amount,
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(draft),
      });
      const after = await cpu();
      if (result.non2xx > 0 || result.errors > 0)
        throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
      return (after - before) / amount;
    };
    const subjects = {
      bare: () => perRequest(`${bare}/bare/json`),
      validate: () => perRequest(`${app}/api/catalogs/muesli/validate`),
      insert: () => perRequest(`${bare}/bare/insert`, {}, Math.ceil(REQUESTS / 5)),
      save: () => perRequest(`${app}/api/designs`, { cookie }, Math.ceil(REQUESTS / 5)),
    };
    for (const run of Object.values(subjects)) await run(); // warm-up
    const rounds: Record<keyof typeof subjects, number>[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const round = {} as Record<keyof typeof subjects, number>;
      for (const [k, run] of Object.entries(subjects)) round[k as keyof typeof subjects] = await run();
      rounds.push(round);
    }
    const m = (k: keyof typeof subjects) => Math.round(median(rounds.map((r) => r[k])));
    return {
      name: `CPU per request in the app process (µs, ${REQUESTS} requests a round (writes ${Math.ceil(REQUESTS / 5)}), median of ${ROUNDS} alternating rounds)`,
      figures: {
        'bare Express JSON': m('bare'),
        'POST /api/catalogs/muesli/validate': m('validate'),
        'bare / validate (CPU ratio)': +median(rounds.map((r) => r.bare / r.validate)).toFixed(2),
        'plain mongoose insert': m('insert'),
        'POST /api/designs': m('save'),
        'insert / save (CPU ratio)': +median(rounds.map((r) => r.insert / r.save)).toFixed(2),
      },
    };
  } finally {
    child.kill('SIGTERM');
  }
}

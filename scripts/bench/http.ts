import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Catalog, DesignDraft } from '@shared/catalog/types';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = 5;

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function cannon(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  duration = DURATION_S,
): Promise<number> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: 16,
    duration,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result.requests.average;
}

const hasTaskset = () => spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;

/** A realistic muesli: a base, fruit, nuts, chocolate, seeds, made valid by the catalog's own ids. */
export function sampleDraft(catalog: Catalog): DesignDraft {
  const first = (g: string, n = 1) => catalog.options.filter((o) => o.groupId === g && o.inStock).slice(0, n);
  const picks = [
    ...first('base', 1),
    ...first('fruits', 2),
    ...first('nuts-seeds', 2),
    ...first('chocolate-sweets', 1),
  ];
  return {
    catalogId: catalog.id,
    name: 'Benchmark-Müsli',
    selections: picks.map((o) => ({ optionId: o.id, quantity: 1 })),
  };
}

/**
 * Throughput of POST /api/catalogs/muesli/validate against a bare Express JSON endpoint, and of
 * saving a design against a plain mongoose insert, measured side by side in one run.
 */
/**
 * What both HTTP benchmarks start from: the bench server's two ports (serve.ts prints them as its
 * first line), the sample draft on its muesli catalog, and a session that saved it once.
 */
export async function benchSession(child: ChildProcess) {
  const line = await new Promise<string>((ok, fail) => {
    createInterface({ input: child.stdout! }).once('line', ok);
    child.once('exit', (c) => fail(new Error(`bench server exited with ${c}`)));
  });
  const ports = JSON.parse(line) as { app: number; bare: number };
  const app = `http://127.0.0.1:${ports.app}`;
  const bare = `http://127.0.0.1:${ports.bare}`;
  const catalog = (await (await fetch(`${app}/api/catalogs/muesli`)).json()) as Catalog;
  const draft = sampleDraft(catalog);
  const first = await fetch(`${app}/api/designs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(draft),
  });
  const cookie = first.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { app, bare, draft, cookie };
}

export async function benchHttp() {
  // Server on one core, load generator on the other, so neither steals the other's time.
  const serve = [process.execPath, '--import', 'tsx', fileURLToPath(new URL('./serve.ts', import.meta.url))];
  const pinned = hasTaskset() && availableParallelism() >= 2;
  if (pinned) spawnSync('taskset', ['-cp', '0', String(process.pid)], { stdio: 'ignore' });
  const child = pinned
    ? spawn('taskset', ['-c', '1', ...serve], { stdio: ['ignore', 'pipe', 'inherit'] })
    : spawn(serve[0], serve.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const { app, bare: bareUrl, draft, cookie } = await benchSession(child);
    const check = await (
      await fetch(`${app}/api/catalogs/muesli/validate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(draft),
      })
    ).json();
    if (!check.valid) throw new Error(`sample design is invalid: ${JSON.stringify(check.errors)}`);

    // Baseline and subject alternate in short rounds, so drift on the machine (another
    // process, a CPU frequency step) hits both alike; the figures are the rounds' medians.
    // A short warm-up of all four first, so the JIT has compiled every path before anything counts.
    await cannon(`${bareUrl}/bare/json`, draft, {}, 2);
    await cannon(`${app}/api/catalogs/muesli/validate`, draft, {}, 2);
    await cannon(`${bareUrl}/bare/insert`, draft, {}, 2);
    await cannon(`${app}/api/designs`, draft, { cookie }, 2);
    const rounds: { bare: number; validate: number; insert: number; save: number }[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      rounds.push({
        bare: await cannon(`${bareUrl}/bare/json`, draft),
        validate: await cannon(`${app}/api/catalogs/muesli/validate`, draft),
        insert: await cannon(`${bareUrl}/bare/insert`, draft),
        save: await cannon(`${app}/api/designs`, draft, { cookie }),
      });
    }
    const bare = median(rounds.map((r) => r.bare));
    const validate = median(rounds.map((r) => r.validate));
    const insert = median(rounds.map((r) => r.insert));
    const save = median(rounds.map((r) => r.save));
    const ratio = (pick: (r: (typeof rounds)[number]) => number) => +median(rounds.map(pick)).toFixed(2);
    return {
      name: `HTTP throughput (requests/s, 16 connections, median of ${ROUNDS} alternating rounds${pinned ? ', server pinned to one core' : ''})`,
      figures: {
        'bare Express JSON': Math.round(bare),
        'POST /api/catalogs/muesli/validate': Math.round(validate),
        'validate / bare (target >= 0.80)': ratio((r) => r.validate / r.bare),
        'plain mongoose insert': Math.round(insert),
        'POST /api/designs (validate + filter + write)': Math.round(save),
        'save / insert (target >= 0.70)': ratio((r) => r.save / r.insert),
      },
    };
  } finally {
    child.kill('SIGTERM');
  }
}

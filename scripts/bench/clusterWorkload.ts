import type { Catalog, DesignDraft } from '@shared/catalog/types';

/** An answer: its status and parsed JSON body. */
export interface Answer {
  status: number;
  json: unknown;
}

/** One browser session of the load: its cookies, sent to whichever process it is aimed at. */
export class Session {
  private cookies = new Map<string, string>();
  /** The Cookie header this session sends (for a WebSocket of the same browser). */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  async send(base: string, method: string, path: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers.cookie = this.cookieHeader();
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(base + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : undefined };
  }
}

export interface Op {
  name: string;
  weight: number;
  run(s: Session, base: string, n: number): Promise<Answer>;
}

/** The mix: mostly reads and rule checks, as shoppers click; saves and votes as they decide. */
export function mixedOps(catalog: Catalog, publicIds: string[]): Op[] {
  const draft: DesignDraft = {
    catalogId: 'muesli',
    name: 'Bench',
    selections: [
      { optionId: catalog.options.find((o) => o.groupId === 'base' && o.inStock)!.id, quantity: 2 },
      { optionId: catalog.options.find((o) => o.groupId === 'fruits' && o.inStock)!.id, quantity: 1 },
    ],
  };
  return [
    { name: 'guidance', weight: 4, run: (s, b) => s.send(b, 'POST', '/api/catalogs/muesli/guidance', draft) },
    { name: 'validate', weight: 3, run: (s, b) => s.send(b, 'POST', '/api/catalogs/muesli/validate', draft) },
    { name: 'gallery', weight: 2, run: (s, b) => s.send(b, 'GET', '/api/gallery?limit=20') },
    { name: 'save', weight: 1, run: (s, b, n) => s.send(b, 'POST', '/api/designs', { ...draft, name: `Bench ${n}` }) },
    {
      name: 'vote',
      weight: 1,
      run: (s, b, n) => s.send(b, n % 2 ? 'PUT' : 'DELETE', `/api/designs/${publicIds[n % publicIds.length]}/vote`),
    },
  ];
}

export interface Figures {
  requests: number;
  perSecond: number;
  p50ms: number;
  p99ms: number;
  errors: number;
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** Throughput and latency percentiles of one run, in the benchmark's units. */
export const rate = (latencies: number[], count: number, seconds: number) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    perSecond: Math.round(count / seconds),
    p50ms: Number(percentile(sorted, 0.5).toFixed(1)),
    p99ms: Number(percentile(sorted, 0.99).toFixed(1)),
  };
};

/**
 * `workers` sessions run the mix for `seconds` against `targets` in turn; a request that fails
 * (connection refused, 5xx) is sent again to the next target, up to `retries` times.
 */
export async function runMix(opts: {
  targets: () => string[];
  sessions: Session[];
  ops: Op[];
  seconds: number;
  retries?: number;
  onAck?: (op: string, json: unknown) => void;
}): Promise<Figures & { retried: number }> {
  const wheel = opts.ops.flatMap((o) => Array.from({ length: o.weight }, () => o));
  const latencies: number[] = [];
  let errors = 0;
  const failed: Record<string, number> = {};
  const fail = (what: string) => ((errors += 1), (failed[what] = (failed[what] ?? 0) + 1));
  let retried = 0;
  let n = 0;
  const end = Date.now() + opts.seconds * 1000;
  await Promise.all(
    opts.sessions.map(async (s) => {
      while (Date.now() < end) {
        const i = n++;
        const op = wheel[i % wheel.length]!;
        const started = performance.now();
        for (let attempt = 0; ; attempt++) {
          const targets = opts.targets();
          const base = targets[(i + attempt) % targets.length]!;
          const res = await op.run(s, base, i).catch(() => ({ status: 0, json: undefined }));
          if (res.status > 0 && res.status < 500) {
            latencies.push(performance.now() - started);
            if (res.status >= 400) fail(`${op.name} ${res.status}`);
            else opts.onAck?.(op.name, res.json);
            break;
          }
          if (attempt >= (opts.retries ?? 0)) {
            fail(`${op.name} ${res.status || 'no answer'}`);
            break;
          }
          retried++;
        }
      }
    }),
  );
  return {
    requests: latencies.length,
    ...rate(latencies, latencies.length, opts.seconds),
    errors,
    ...(errors > 0 && { failed }),
    retried,
  };
}

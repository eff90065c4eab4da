import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** This process's metrics (each app process is scraped on its own, as Prometheus expects). */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'prosumer_' });

const requests = new Counter({
  name: 'prosumer_http_requests_total',
  help: 'HTTP requests answered, by method, route pattern and status',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [registry],
});

const latency = new Histogram({
  name: 'prosumer_http_request_duration_seconds',
  help: 'Time from request to the end of the answer, by method and route pattern',
  labelNames: ['method', 'route'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

/** What the co-design hubs of this process have open now (server/codesign/localHub.ts). */
const liveSources = new Set<() => { rooms: number; clients: number }>();

/** A hub counts its rooms and connections in the gauges below; the returned function stops it. */
export function reportLive(source: () => { rooms: number; clients: number }): () => void {
  liveSources.add(source);
  return () => void liveSources.delete(source);
}

const liveSum = (key: 'rooms' | 'clients') => [...liveSources].reduce((n, s) => n + s()[key], 0);

/** Co-design rooms this process owns (with Redis: holds the lease of), read at every scrape. */
export const liveRooms = new Gauge({
  name: 'prosumer_codesign_rooms',
  help: 'Co-design rooms open on this process',
  registers: [registry],
  collect() {
    this.set(liveSum('rooms'));
  },
});

/** WebSocket clients connected to this process, read at every scrape. */
export const liveClients = new Gauge({
  name: 'prosumer_codesign_clients',
  help: 'Co-design clients connected to this process',
  registers: [registry],
  collect() {
    this.set(liveSum('clients'));
  },
});

const dbErrors = new Counter({
  name: 'prosumer_db_errors_total',
  help: 'Database failures: connection errors, lost connections and unhandled database errors in requests',
  labelNames: ['kind'] as const,
  registers: [registry],
});

/** Counts one database failure of `kind` (`connection`, `disconnected`, `request`). */
export const countDbError = (kind: 'connection' | 'disconnected' | 'request') => dbErrors.inc({ kind });

/** True for errors thrown by the MongoDB driver (MongoServerError, MongoNetworkError …). */
export const isDatabaseError = (err: unknown): boolean =>
  err instanceof Error && /^Mongo|^MongooseServerSelectionError$/.test(err.name);

type Routed = { route?: { path: string }; baseUrl: string; res?: { locals: Record<symbol, unknown> } };
const ROUTE = Symbol('route');
const LABEL = Symbol('route label');

/**
 * Makes every request of `app` remember its route pattern (`/api/designs/:id`, never the id
 * itself, so the label set stays small) the moment the router picks the route, while `baseUrl`
 * still holds the mount point. One accessor on the app's request prototype, installed once.
 * WHY in `res.locals`: a request's prototype is swapped by Express, and V8 then makes every
 * property added to the request itself expensive (microseconds each); `res.locals` is a plain
 * object made for per-request values.
 */
export function recordRoutes(requestPrototype: object): void {
  Object.defineProperty(requestPrototype, 'route', {
    configurable: true,
    get(this: Routed) {
      return this.res?.locals[ROUTE];
    },
    set(this: Routed, value: Routed['route']) {
      const locals = this.res?.locals;
      if (!locals) return;
      locals[ROUTE] = value;
      if (value) locals[LABEL] = this.baseUrl + value.path;
    },
  });
}

/**
 * Times every request and labels it with its route pattern (see `recordRoutes`, which the app
 * installs beside it); unrouted requests are `unmatched`.
 */
export const requestMetrics: RequestHandler = (req, res, next) => {
  const start = performance.now();
  // 'finish' fires once: no once-wrapper needed. An inline callback, nothing added to req or res.
  res.on('finish', () => {
    const seconds = (performance.now() - start) / 1000;
    const route = (res.locals as unknown as Record<symbol, string | undefined>)[LABEL] ?? 'unmatched';
    requests.inc({ method: req.method, route, status: String(res.statusCode) });
    latency.observe({ method: req.method, route }, seconds);
  });
  next();
};

const watched = new WeakSet<object>();

/** Counts the connection's errors and disconnections (once per connection). */
export function watchDatabase(connection: { on(event: string, fn: () => void): unknown }): void {
  if (watched.has(connection)) return;
  watched.add(connection);
  connection.on('error', () => countDbError('connection'));
  connection.on('disconnected', () => countDbError('disconnected'));
}

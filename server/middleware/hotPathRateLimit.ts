import type { RequestHandler } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import type { Redis } from 'ioredis';
import { rateLimited } from '@server/errors';

/** IPv6 clients' keys (their /56 network, see ipKeyGenerator) already worked out, at most this many. */
const IPV6_KEYS_MAX = 10_000;

/**
 * The limit's key for a client address: express-rate-limit's `ipKeyGenerator`, whose IPv6 test
 * (one long regular expression, and for an IPv6 address two address parses) would otherwise run
 * on every click. An address without ":" is IPv4 and its own key; an IPv6 one is worked out once.
 */
export function clientKeys(): (ip: string) => string {
  let ipv6 = new Map<string, string>();
  return (ip) => {
    if (!ip.includes(':')) return ip;
    let key = ipv6.get(ip);
    if (key === undefined) {
      if (ipv6.size >= IPV6_KEYS_MAX) ipv6 = new Map();
      key = ipKeyGenerator(ip);
      ipv6.set(ip, key);
    }
    return key;
  };
}

/** How often each process adds its counts to the shared ones in Redis and reads the totals back. */
export const SYNC_MS = 1000;

/**
 * A fixed-window limit per client address for the hottest routes (the rule checks every
 * shopper's click calls), decided synchronously from counts in memory. express-rate-limit
 * costs about 60–100 µs a request there (its asynchronous steps; measured against this in one
 * HTTP server), more than the route's own work, and with a Redis store a round trip on every
 * click. With Redis, each process adds its new counts to the shared window once a second
 * (INCRBY, also 0 for a client it has seen, to read the total) and takes back the totals every
 * process has added: the limit holds across processes within a second's worth of requests. Same `RateLimit` headers (IETF draft 7)
 * and 429 problem as the other limits.
 */
export function hotPathRateLimit(opts: {
  limit: number;
  windowMs: number;
  redis?: Redis;
  prefix: string;
}): RequestHandler & { close(): void } {
  const { limit, windowMs, redis } = opts;
  const policy = `${limit};w=${Math.round(windowMs / 1000)}`;
  let window = Math.floor(Date.now() / windowMs);
  /** Hits this process counted and has not added to Redis yet. */
  let unsynced = new Map<string, number>();
  /** Totals of every process, as Redis answered at the last sync. */
  let shared = new Map<string, number>();

  const roll = (now: number) => {
    const w = Math.floor(now / windowMs);
    if (w === window) return;
    window = w;
    unsynced = new Map();
    shared = new Map();
  };

  const sync = async () => {
    if (!redis || (unsynced.size === 0 && shared.size === 0)) return;
    roll(Date.now());
    // Every client this process has seen in the window: its new hits added (perhaps 0), the total read back.
    const batch = new Map([...[...shared.keys()].map((k) => [k, 0] as const), ...unsynced]);
    const at = window;
    unsynced = new Map();
    const multi = redis.multi();
    for (const [key, n] of batch) {
      const k = `${opts.prefix}${at}:${key}`;
      multi.incrby(k, n).pexpire(k, windowMs * 2);
    }
    const replies = await multi.exec().catch(() => null);
    if (at !== window) return;
    if (!replies) {
      // Redis is away: keep counting here (a Redis outage must not lock everyone out, nor let everyone in).
      for (const [key, n] of batch) if (n) unsynced.set(key, (unsynced.get(key) ?? 0) + n);
      return;
    }
    [...batch.keys()].forEach((key, i) => {
      const [err, total] = replies[i * 2]!;
      if (!err) shared.set(key, Number(total));
    });
  };
  const keyOf = clientKeys();
  const timer = redis ? setInterval(() => void sync(), SYNC_MS) : undefined;
  timer?.unref();

  const middleware: RequestHandler = (req, res, next) => {
    const now = Date.now();
    roll(now);
    const key = keyOf(req.ip ?? '');
    const mine = (unsynced.get(key) ?? 0) + 1;
    unsynced.set(key, mine);
    const hits = (shared.get(key) ?? 0) + mine;
    const reset = Math.max(1, Math.ceil(((window + 1) * windowMs - now) / 1000));
    res.setHeader('RateLimit-Policy', policy);
    res.setHeader('RateLimit', `limit=${limit}, remaining=${Math.max(0, limit - hits)}, reset=${reset}`);
    next(hits > limit ? rateLimited(reset) : undefined);
  };
  return Object.assign(middleware, { close: () => clearInterval(timer) });
}

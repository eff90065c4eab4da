import type { RequestHandler } from 'express';
import { rateLimit, type AugmentedRequest, type Store } from 'express-rate-limit';
import { Redis } from 'ioredis';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import type { Config } from '@server/config';
import { rateLimited } from '@server/errors';
import { hotPathRateLimit } from './hotPathRateLimit';

/** The app's limiters, each counted per client IP over one minute; `close` ends a Redis connection. */
export interface RateLimits {
  login: RequestHandler;
  register: RequestHandler;
  /** POST /api/moderation/check. */
  check: RequestHandler;
  /** Unsafe requests to /api/designs (reads are not counted). */
  write: RequestHandler;
  /** POST /api/catalogs/:id/suggestions. */
  suggest: RequestHandler;
  /** The rule checks POST /api/catalogs/:id/validate and …/guidance (one count for both). */
  guidance: RequestHandler;
  /** Pings the shared Redis (undefined without REDIS_URL), for the readiness check. */
  ping?: () => Promise<unknown>;
  /** POST /api/invites/:token/accept: guessing tokens is slow on top of 128 random bits. */
  invite: RequestHandler;
  close(): Promise<void>;
}

/** Every limit counts in fixed windows of this length. */
export const WINDOW_MS = 60_000;
const pass: RequestHandler = (_req, _res, next) => next();
const isRead = (method: string) => method === 'GET' || method === 'HEAD' || method === 'OPTIONS';

/**
 * Limits from RATE_LIMIT_* (per minute; 0 turns one off). With REDIS_URL the counts live in
 * Redis and are shared by every app server; otherwise in this process's memory.
 */
export function createRateLimits(config: Pick<Config, 'rateLimits' | 'redisUrl' | 'redisPrefix'>): RateLimits {
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : undefined;
  // Without a listener ioredis prints every failed reconnect; GET /api/ready reports the outage.
  redis?.on('error', () => undefined);
  const storeFor = (name: string): Store | undefined => {
    if (!redis) return undefined;
    const store = new RedisStore({
      prefix: `${config.redisPrefix}rl:${name}:`,
      sendCommand: (command: string, ...args: string[]) => redis.call(command, ...args) as Promise<RedisReply>,
    });
    // The store loads its scripts at once and keeps the promises; with Redis down at start they
    // would reject unhandled and end the process. It loads them again on the first use anyway.
    const scripts = store as unknown as { incrementScriptSha?: Promise<unknown>; getScriptSha?: Promise<unknown> };
    for (const p of [scripts.incrementScriptSha, scripts.getScriptSha]) p?.catch(() => undefined);
    return store;
  };
  const limiter = (name: keyof Config['rateLimits'], skip?: (method: string) => boolean): RequestHandler => {
    const limit = config.rateLimits[name];
    if (limit === 0) return pass;
    return rateLimit({
      windowMs: WINDOW_MS,
      limit,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      store: storeFor(name),
      // A Redis outage must not lock everyone out; the per-account login delays stay in the database.
      passOnStoreError: true,
      skip: skip && ((req) => skip(req.method)),
      handler: (req, _res, next) => {
        const reset = (req as AugmentedRequest).rateLimit?.resetTime?.getTime() ?? Date.now() + WINDOW_MS;
        next(rateLimited(Math.max(1, Math.ceil((reset - Date.now()) / 1000))));
      },
    });
  };
  // The rule checks: synchronous, counted in memory and added up in Redis once a second.
  const guidance =
    config.rateLimits.guidance === 0
      ? undefined
      : hotPathRateLimit({
          limit: config.rateLimits.guidance,
          windowMs: WINDOW_MS,
          redis,
          prefix: `${config.redisPrefix}rlh:guidance:`,
        });
  return {
    login: limiter('login'),
    register: limiter('register'),
    check: limiter('check'),
    write: limiter('write', isRead),
    suggest: limiter('suggest'),
    guidance: guidance ?? pass,
    ping: redis && (() => redis.ping()),
    invite: limiter('invite'),
    async close() {
      guidance?.close();
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}

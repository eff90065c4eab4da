import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseTrustProxy, type TrustProxy } from '@server/ops/trustProxy';

/**
 * How many app processes serve this shop (APP_PROCESSES, default 1). Read by whatever keeps
 * state in memory: the session cache, the text-check counters, later the co-design rooms.
 */
export interface Topology {
  processes: number;
  /** One process sees every write: it may cache sessions and keep rooms in memory. */
  singleProcess: boolean;
}

/** Everything the server reads from the environment, parsed once at start. */
export interface Config {
  topology: Topology;
  port: number;
  mongoUri: string | undefined;
  dataDir: string;
  production: boolean;
  sessionSecret: string;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  redisUrl: string | undefined;
  /** Prepended to every Redis key (REDIS_PREFIX), so apps can share one Redis. */
  redisPrefix: string;
  /** Other origins whose pages may send unsafe requests (ALLOWED_ORIGINS, comma-separated). */
  allowedOrigins: string[];
  /** Per-minute limits, one variable each (see README). */
  rateLimits: {
    check: number;
    login: number;
    register: number;
    write: number;
    guidance: number;
    invite: number;
    suggest: number;
  };
  /** "Often combined with": pair support, refresh and rebuild intervals (see README). */
  suggestions: { minSupport: number; refreshSeconds: number; rebuildSeconds: number };
  logLevel: string;
  /** Express's `trust proxy` (TRUST_PROXY): hops or proxy addresses; see server/ops/trustProxy.ts. */
  trustProxy: TrustProxy;
  /** Bearer token that opens GET /metrics (METRICS_TOKEN); unset: /metrics answers 404. */
  metricsToken: string | undefined;
  /** How long SIGTERM waits for requests and live connections to finish (SHUTDOWN_GRACE_MS). */
  shutdownGraceMs: number;
  /** Write permits and live-log entries: kept this long, swept this often (server/db/permitSweep.ts). */
  permits: { keepMs: number; sweepMs: number };
}

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a whole number >= 0, got ${JSON.stringify(raw)}.`);
  return n;
}

/** SESSION_SECRET, or one generated once and kept in DATA_DIR so sessions survive restarts. */
function sessionSecret(env: NodeJS.ProcessEnv, dataDir: string): string {
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * More than one process needs what they can share: a database (not the embedded one, which
 * serves one process) and Redis. Throws one sentence that says what to set.
 */
export function checkTopology(processes: number, env: NodeJS.ProcessEnv): Topology {
  if (processes < 1) throw new Error(`APP_PROCESSES must be 1 or more, got ${processes}.`);
  if (processes > 1 && !env.MONGODB_URI)
    throw new Error(
      `APP_PROCESSES=${processes} needs a database all processes share: set MONGODB_URI (the embedded database serves one process), or set APP_PROCESSES=1.`,
    );
  if (processes > 1 && !env.REDIS_URL)
    throw new Error(
      `APP_PROCESSES=${processes} needs REDIS_URL, so rate limits and live state are shared between the processes; set REDIS_URL, or set APP_PROCESSES=1.`,
    );
  return { processes, singleProcess: processes === 1 };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.DATA_DIR || './data');
  return {
    topology: checkTopology(intVar(env, 'APP_PROCESSES', 1), env),
    port: intVar(env, 'PORT', 3000),
    mongoUri: env.MONGODB_URI || undefined,
    dataDir,
    production: env.NODE_ENV === 'production',
    sessionSecret: sessionSecret(env, dataDir),
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.REDIS_PREFIX ?? 'prosumer:',
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    rateLimits: {
      check: intVar(env, 'RATE_LIMIT_CHECK', 60),
      login: intVar(env, 'RATE_LIMIT_LOGIN', 10),
      register: intVar(env, 'RATE_LIMIT_REGISTER', 5),
      write: intVar(env, 'RATE_LIMIT_WRITE', 120),
      guidance: intVar(env, 'RATE_LIMIT_GUIDANCE', 1200),
      invite: intVar(env, 'RATE_LIMIT_INVITE', 20),
      suggest: intVar(env, 'RATE_LIMIT_SUGGEST', 300),
    },
    suggestions: {
      minSupport: intVar(env, 'SUGGESTIONS_MIN_SUPPORT', 10),
      refreshSeconds: Math.max(1, intVar(env, 'SUGGESTIONS_REFRESH_SECONDS', 30)),
      rebuildSeconds: Math.max(60, intVar(env, 'SUGGESTIONS_REBUILD_SECONDS', 3600)),
    },
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY, env.NODE_ENV === 'production'),
    metricsToken: env.METRICS_TOKEN || undefined,
    shutdownGraceMs: intVar(env, 'SHUTDOWN_GRACE_MS', 10_000),
    permits: {
      keepMs: Math.max(100, intVar(env, 'PERMIT_KEEP_MS', 20_000)),
      sweepMs: Math.max(100, intVar(env, 'PERMIT_SWEEP_MS', 2_000)),
    },
  };
}

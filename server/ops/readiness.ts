import { Router } from 'express';
import mongoose from 'mongoose';
import { isDraining } from './shutdown';

/** One dependency the app cannot serve without; `check` rejects (or hangs) when it is down. */
export interface ReadinessCheck {
  name: string;
  check(): Promise<unknown>;
}

const TIMEOUT_MS = 2000;

const answers = (check: ReadinessCheck): Promise<boolean> =>
  Promise.race([
    check.check().then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((ok) => setTimeout(() => ok(false), TIMEOUT_MS).unref()),
  ]);

/** The database answers a ping. */
export const databaseCheck: ReadinessCheck = {
  name: 'db',
  check: async () => {
    const db = mongoose.connection.db;
    if (!db) throw new Error('not connected');
    await db.admin().ping();
  },
};

/**
 * GET /api/ready: 200 `{status:"ready", checks:{db:"ok", redis:"ok"}}` when every dependency
 * answers, 503 with the failing ones as "error" otherwise, and 503 `draining` once SIGTERM
 * started the shutdown. `/api/health` stays the liveness check: the process is up.
 */
export function readyRouter(checks: ReadinessCheck[]): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const results = await Promise.all(checks.map(answers));
    const entries = checks.map((c, i) => [c.name, results[i] ? 'ok' : 'error'] as const);
    const ok = results.every(Boolean) && !isDraining();
    res
      .status(ok ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: ok ? 'ready' : isDraining() ? 'draining' : 'not_ready', checks: Object.fromEntries(entries) });
  });
  return router;
}

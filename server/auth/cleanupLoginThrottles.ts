import type { Logger } from 'pino';
import { trusted } from '@server/db/trusted';
import { LoginFailureModel } from '@server/models/LoginFailure';

/** Failed-login records are kept for a day: long enough for the lock, not longer. */
export const LOGIN_THROTTLE_TTL_MS = 24 * 3600_000;

/** Removes failed-login records whose last failure is older than a day; how many went. */
export async function cleanupLoginThrottles(now = new Date()): Promise<number> {
  const res = await LoginFailureModel.deleteMany({
    at: trusted({ $lt: new Date(now.getTime() - LOGIN_THROTTLE_TTL_MS) }),
  });
  return res.deletedCount;
}

/** The periodic job (FerretDB has no TTL indexes); the timer does not keep the process alive. */
export function startLoginThrottleCleanup(everyMs: number, logger?: Logger): () => void {
  const timer = setInterval(
    () => void cleanupLoginThrottles().catch((err: Error) => logger?.warn({ err }, 'login throttle cleanup')),
    everyMs,
  );
  timer.unref();
  return () => clearInterval(timer);
}

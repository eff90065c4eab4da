import { createHash } from 'node:crypto';
import mongoose from 'mongoose';
import { LoginThrottleModel, type LoginThrottleDoc } from '@server/models/LoginThrottle';

/** Failures allowed before delays start; then 1 s, 2 s, 4 s … up to 15 minutes. */
export const FREE_FAILURES = 5;
const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 15 * 60 * 1000;
/** An hour without failures forgets the earlier ones. */
const FORGET_AFTER_MS = 60 * 60 * 1000;

const keyOf = (emailLower: string) => createHash('sha256').update(emailLower).digest('hex');

/** How long an account stays locked after `failures` failed sign-ins in a row. */
export function lockMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(BASE_DELAY_MS * 2 ** Math.min(failures - FREE_FAILURES, 30), MAX_DELAY_MS);
}

/** Seconds until this email may try again (0: now). Checked before the password is. */
export async function loginRetryAfter(emailLower: string, now = Date.now()): Promise<number> {
  const doc = await LoginThrottleModel.findById(keyOf(emailLower)).lean<LoginThrottleDoc | null>();
  if (!doc) return 0;
  const since = now - doc.lastFailureAt.getTime();
  if (since > FORGET_AFTER_MS) return 0;
  const wait = lockMs(doc.failures) - since;
  return wait > 0 ? Math.ceil(wait / 1000) : 0;
}

/** Counts one failed sign-in (one atomic upsert; stale counts are forgotten first). */
export async function recordLoginFailure(emailLower: string, now = new Date()): Promise<void> {
  const _id = keyOf(emailLower);
  const stale = new Date(now.getTime() - FORGET_AFTER_MS);
  // sanitizeFilter would neutralise a plain {$lt}: this operator is ours, not the client's.
  await LoginThrottleModel.deleteOne({ _id, lastFailureAt: mongoose.trusted({ $lt: stale }) });
  await LoginThrottleModel.updateOne(
    { _id },
    { $inc: { failures: 1 }, $set: { lastFailureAt: now } },
    { upsert: true },
  );
}

/** A successful sign-in clears the count. */
export async function resetLoginFailures(emailLower: string): Promise<void> {
  await LoginThrottleModel.deleteOne({ _id: keyOf(emailLower) });
}

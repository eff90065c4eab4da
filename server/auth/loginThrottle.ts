import { createHash } from 'node:crypto';
import { LoginFailureModel, type LoginFailureDoc } from '@server/models/LoginFailure';

/** Failures allowed before delays start; then 1 s, 2 s, 4 s … up to 15 minutes. */
export const FREE_FAILURES = 5;
const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 15 * 60 * 1000;
/** An hour without failures forgets the earlier ones. */
const FORGET_AFTER_MS = 60 * 60 * 1000;
/** Past this many failures in a row the delay is at its maximum: no need to count further. */
const COUNT_AT_MOST = FREE_FAILURES + 16;

const keyOf = (emailLower: string) => createHash('sha256').update(emailLower).digest('hex');

/** How long an account stays locked after `failures` failed sign-ins in a row. */
export function lockMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(BASE_DELAY_MS * 2 ** Math.min(failures - FREE_FAILURES, 30), MAX_DELAY_MS);
}

/**
 * The current streak, newest first: failures each less than an hour after the one before, the
 * newest less than an hour ago. Counted from the failure documents, so every process's count.
 */
async function streak(key: string, now: number): Promise<LoginFailureDoc[]> {
  const docs = await LoginFailureModel.find({ key }).sort({ at: -1 }).limit(COUNT_AT_MOST).lean<LoginFailureDoc[]>();
  const out: LoginFailureDoc[] = [];
  let after = now;
  for (const d of docs) {
    // Seen once on the embedded FerretDB under load: a row without its date. Skip it, never a 500.
    if (!(d.at instanceof Date)) continue;
    if (after - d.at.getTime() > FORGET_AFTER_MS) break;
    out.push(d);
    after = d.at.getTime();
  }
  return out;
}

/** Seconds until this email may try again (0: now). Checked before the password is. */
export async function loginRetryAfter(emailLower: string, now = Date.now()): Promise<number> {
  const failures = await streak(keyOf(emailLower), now);
  if (!failures.length) return 0;
  const wait = lockMs(failures.length) - (now - failures[0]!.at.getTime());
  return wait > 0 ? Math.ceil(wait / 1000) : 0;
}

/** Counts one failed sign-in: one insert (a broken streak's old failures are removed first). */
export async function recordLoginFailure(emailLower: string, now = new Date()): Promise<void> {
  const key = keyOf(emailLower);
  const newest = await LoginFailureModel.findOne({ key }, { at: 1 }).sort({ at: -1 }).lean<LoginFailureDoc | null>();
  if (newest?.at instanceof Date && now.getTime() - newest.at.getTime() > FORGET_AFTER_MS)
    await LoginFailureModel.deleteMany({ key });
  await LoginFailureModel.create({ key, at: now });
}

/** A successful sign-in clears the count. */
export async function resetLoginFailures(emailLower: string): Promise<void> {
  await LoginFailureModel.deleteMany({ key: keyOf(emailLower) });
}

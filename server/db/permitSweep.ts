import type { Logger } from 'pino';
import { RevisionTokenModel } from '@server/models/RevisionToken';
import { STUCK_AFTER_MS } from './conditionalWrite';
import { trusted } from './trusted';

let keepMs = STUCK_AFTER_MS;
/**
 * How long a permit stays (PERMIT_KEEP_MS, default 30 s, the time after which a permit whose
 * writer never wrote counts as stuck, server/db/conditionalWrite.ts); set by the sweeper's start.
 * WHY keep them at all: the live log (server/designs/liveLog.ts) fences a room's entry by the
 * permit of the revision it moves the design from; a permit removed at once would let a room
 * that had not yet heard of two newer writes insert an entry nobody reads, and acknowledge it.
 * With every permit kept this long, a room that confirmed its revision less than
 * `verifyAfterMs()` ago cannot meet a removed one; an older room checks the design after its write.
 */
export const permitKeepMs = () => keepMs;
/** A room whose revision was confirmed longer ago than this checks the design after its write. */
export const verifyAfterMs = () => keepMs / 3;

/**
 * Makes sure no live entry among `ids` (all older than the keep time) is still ahead of its
 * design: folds them in. False when one could not be folded now (the sweep waits a round).
 */
export type FoldOld = (ids: string[]) => Promise<boolean>;

/**
 * ONE sweep: every permit older than the keep time goes, in ONE delete by age. WHY by age and
 * not by id: on FerretDB every filter but `_id` equality is evaluated document by document in
 * Go, and `_id: {$in: ids}` compares each document with each id (measured on SQLite with
 * 20,000 entries: one delete by age or by one `_id` about 65 ms, `$in` of 100 ids 1 s). Live
 * entries that old are first folded into their designs (`foldOld`), so none is lost.
 */
export async function sweepPermits(foldOld: FoldOld): Promise<number> {
  const before = new Date(Date.now() - permitKeepMs());
  const old = await RevisionTokenModel.find(
    { at: trusted({ $lt: before }), live: trusted({ $exists: true }) },
    { _id: 1 },
  ).lean<{ _id: string }[]>();
  if (old.length && !(await foldOld(old.map((o) => o._id)))) return 0;
  const { deletedCount } = await RevisionTokenModel.deleteMany({ at: trusted({ $lt: before }) });
  return deletedCount;
}

/** Sweeps every `sweepMs` (one at a time; the timer does not keep the process alive); returns the stop. */
export function startPermitSweeper(
  foldOld: FoldOld,
  opts: { keepMs: number; sweepMs: number },
  logger?: Logger,
): () => void {
  keepMs = opts.keepMs;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepPermits(foldOld)
      .catch((err: Error) => logger?.warn({ err }, 'permit sweep failed'))
      .finally(() => (running = false));
  }, opts.sweepMs);
  timer.unref();
  return () => clearInterval(timer);
}

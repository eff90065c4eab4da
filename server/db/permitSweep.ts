import { RevisionTokenModel } from '@server/models/RevisionToken';
import { trusted } from './trusted';

/**
 * How long a permit of a revision its document has moved past stays (env PERMIT_KEEP_MS,
 * default 60 s). WHY keep them at all: the live log (server/designs/liveLog.ts) fences a
 * room's entry by the permit of the revision it moves the design from; a permit removed at
 * once would let a room that had not yet heard of two newer writes insert an entry nobody reads,
 * and acknowledge it. With every such permit kept this long, a room that confirmed its revision
 * less than `verifyAfterMs()` ago cannot meet a removed one; an older room checks the design.
 */
export const permitKeepMs = () => Number(process.env.PERMIT_KEEP_MS ?? 60_000);
/** A room whose revision was confirmed longer ago than this checks the design after its write. */
export const verifyAfterMs = () => permitKeepMs() / 3;
/** Given-back permits are removed together: ONE delete, because on FerretDB's SQLite every delete reads the whole collection while it holds the one write lock. */
export const SWEEP_MS = 5_000;

const givenBack: { id: string; at: number }[] = [];
let sweeping: NodeJS.Timeout | null = null;

/** These permits belong to revisions their document has moved past: remove them once they are old enough. */
export function sweepPermits(ids: string[]): void {
  const at = Date.now();
  for (const id of ids) givenBack.push({ id, at });
  schedule();
}

function schedule(): void {
  if (sweeping || !givenBack.length) return;
  sweeping = setTimeout(() => {
    sweeping = null;
    const due = Date.now() - permitKeepMs();
    const ripe = givenBack.filter((p) => p.at <= due).map((p) => p.id);
    if (ripe.length) {
      const left = givenBack.filter((p) => p.at > due);
      givenBack.splice(0, givenBack.length, ...left);
      void RevisionTokenModel.deleteMany({ _id: trusted({ $in: ripe }) }).catch(() => undefined);
    }
    schedule();
  }, SWEEP_MS);
  sweeping.unref();
}

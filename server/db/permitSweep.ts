import type { Logger } from 'pino';
import { dropOldSegments, setPermitKeep } from './permits';

/**
 * Makes sure no live entry of the designs `keys` in a segment about to be dropped is still
 * ahead of its design (`inSegment` looks a permit up there): folds them in. False when one could
 * not be folded now (the sweep waits a round).
 */
export type FoldOld = (keys: string[], inSegment: (id: string) => Promise<boolean>) => Promise<boolean>;

/**
 * Sweeps every `sweepMs` (one at a time; the timer does not keep the process alive): drops the
 * permit segments nobody writes to any more (server/db/permits.ts). Returns the stop.
 */
export function startPermitSweeper(
  foldOld: FoldOld,
  opts: { keepMs: number; sweepMs: number },
  logger?: Logger,
): () => void {
  setPermitKeep(opts.keepMs);
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    dropOldSegments(foldOld)
      .catch((err: Error) => logger?.warn({ err }, 'permit sweep failed'))
      .finally(() => (running = false));
  }, opts.sweepMs);
  timer.unref();
  return () => clearInterval(timer);
}

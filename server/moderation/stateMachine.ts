import type { DesignStatus } from '@shared/api';
import type { WorkflowAction } from '@shared/moderation';
import { trusted } from '@server/db/trusted';

/**
 * The design workflow. Every arrow is ONE conditional update of the design document (see
 * `applyStep`): its filter holds the status and revision the caller read, so of two requests
 * racing for the same design exactly one matches and the other gets 409.
 *
 *   private ──submit──▶ pending ──approve──▶ public ──takedown──▶ taken_down
 *      ▲                 │   ▲                 │  ▲
 *      │            reject   appeal (once,     │  └─ restore: approve a reported (hidden) design again
 *      │                 ▼   another moderator) │     hide: reports from REPORTS_TO_HIDE users (system)
 *      └──revise (PATCH)─ rejected              └─ report: the first open report puts it in the queue
 *
 * `taken_down` is final for the design (the author can duplicate and submit anew).
 */
export const TRANSITIONS: Record<WorkflowAction, { from: readonly DesignStatus[]; to: DesignStatus | null }> = {
  submit: { from: ['private'], to: 'pending' },
  approve: { from: ['pending'], to: 'public' },
  reject: { from: ['pending'], to: 'rejected' },
  appeal: { from: ['rejected'], to: 'pending' },
  revise: { from: ['rejected'], to: 'private' },
  takedown: { from: ['public'], to: 'taken_down' },
  // null: the status stays, only the visibility and the queue change.
  restore: { from: ['public'], to: null },
  report: { from: ['public'], to: null },
  hide: { from: ['public'], to: null },
};

/** Statuses in which the owner may still change the design (a rejected one goes back to private). */
export const EDITABLE_STATES: readonly DesignStatus[] = ['private', 'rejected'];

/** The state after `action` from `from`, or null when the action does not apply there. */
export function nextState(from: DesignStatus, action: WorkflowAction): DesignStatus | null {
  const t = TRANSITIONS[action];
  if (!t.from.includes(from)) return null;
  return t.to ?? from;
}

/** What the public may see: the gallery and anonymous readers filter with this. */
export const publiclyVisible = () => ({
  status: 'public',
  hidden: trusted({ $ne: true }),
  ownerSuspended: trusted({ $ne: true }),
});

/** The same test on a loaded document. */
export const isPubliclyVisible = (d: { status: string; hidden?: boolean | null; ownerSuspended?: boolean | null }) =>
  d.status === 'public' && !d.hidden && !d.ownerSuspended;

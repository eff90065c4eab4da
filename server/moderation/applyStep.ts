import type { SessionUser } from '@shared/auth';
import type { DesignStatus } from '@shared/api';
import type { ReasonCode, WorkflowAction } from '@shared/moderation';
import { conflict } from '@server/errors';
import type { DesignDoc } from '@server/models/Design';
import { nextState } from './stateMachine';
import { writeDesign } from '@server/designs/writeDesign';

/** The design keeps its last steps; older ones live on in the audit log. */
export const HISTORY_KEEP = 100;

export interface Step {
  action: WorkflowAction;
  /** null for the system. */
  by: Pick<SessionUser, 'id' | 'displayName'> | null;
  reason?: string;
  reasonCode?: ReasonCode;
  /** Further fields set in the same update (queue, claim, rejection …). */
  set?: Record<string, unknown>;
}

/** The history entry of a step, as stored on the design. */
export function historyEntry(step: Step, from: DesignStatus, to: DesignStatus) {
  return {
    action: step.action,
    from,
    to,
    at: new Date(),
    by: step.by?.id ?? null,
    byName: step.by?.displayName,
    reason: step.reason,
    reasonCode: step.reasonCode,
  };
}

/** `$push` of one history entry, capped so a design's document cannot grow without bound. */
export const pushHistory = (entry: ReturnType<typeof historyEntry>) => ({
  history: { $each: [entry], $slice: -HISTORY_KEEP },
});

/**
 * Applies one workflow step as a single conditional update (see `writeDesign`): its filter
 * carries the status and revision of `doc` as the caller read it, so after any change in
 * between (another moderator's decision, an edit) it is refused with 409; and 409 when the
 * step does not apply to the design's status at all.
 */
export async function applyStep(doc: DesignDoc, step: Step): Promise<DesignDoc> {
  const from = doc.status as DesignStatus;
  const to = nextState(from, step.action);
  if (!to)
    throw conflict(`The design is ${from}; "${step.action}" does not apply to it (it may have been decided already).`);
  return writeDesign(
    doc,
    { $set: { status: to, ...step.set }, $push: pushHistory(historyEntry(step, from, to)) },
    { status: from },
  );
}

import type { SessionUser } from '@shared/auth';
import type { DesignStatus } from '@shared/api';
import type { DecisionBody, WorkflowAction } from '@shared/moderation';
import { forbidden } from '@server/errors';
import type { DesignDoc } from '@server/models/Design';
import { ReportModel } from '@server/models/Report';
import { userActor } from '@server/policies/actor';
import { canDecideDesign } from '@server/policies/rolePolicy';
import { applyStep } from './applyStep';
import { recordAudit } from './audit';
import { loadDesign } from '@server/designs/loadDesign';
import { releaseClaim } from './queue';
import { trusted } from '@server/db/trusted';

export type Decision = 'approve' | 'reject' | 'takedown';

/** What every decision clears: the design leaves the queue and is no longer hidden by reports. */
const DECIDED = { queuedAt: null, appealPending: false, priority: 0, hidden: false };

/** The moderator may decide this design: never their own, never an appeal against their own rejection. */
export function assertMayDecide(moderator: SessionUser, doc: DesignDoc): void {
  if (!canDecideDesign(userActor(moderator), doc))
    throw forbidden('Nobody decides on their own design; another moderator has to.');
  if (doc.appealPending && doc.rejection?.by === moderator.id)
    throw forbidden('This is an appeal against your own rejection; a different moderator has to decide it.');
}

/** approve on a reported public design means "restore": it stays public and visible again. */
const actionFor = (decision: Decision, doc: DesignDoc): WorkflowAction =>
  decision === 'approve' && doc.status === 'public' && doc.queuedAt ? 'restore' : decision;

/**
 * A moderator's decision on a design: checks, ONE conditional update (409 when someone else
 * decided first), then the follow-ups: the claim released, the reports it answers closed, the
 * audit entry written. Those are separate documents (no transactions): a crash in between
 * leaves a stale claim (it expires) or open reports (closed by the next decision).
 */
export async function decide(
  id: string,
  moderator: SessionUser,
  decision: Decision,
  body?: DecisionBody,
): Promise<DesignDoc> {
  const doc = await loadDesign(id);
  assertMayDecide(moderator, doc);
  const action = actionFor(decision, doc);
  // Every field of the body is optional here: the route's schema says what a decision needs.
  const reason = body?.reason?.trim() || undefined;
  const by = { id: moderator.id, displayName: moderator.displayName };
  const rejection =
    action === 'reject'
      ? { rejection: { reason: reason ?? '', reasonCode: body?.reasonCode, ...byFields(by), at: new Date() } }
      : {};
  const decidedAt = new Date();
  // Approval makes it public: the gallery's "new" order starts here (a restore keeps its date).
  const published = action === 'approve' ? { publishedAt: decidedAt } : {};
  const updated = await applyStep(doc, {
    action,
    by,
    reason,
    reasonCode: body?.reasonCode,
    set: { ...DECIDED, ...rejection, ...published },
  });
  await releaseClaim(doc._id);
  if (action === 'restore' || action === 'takedown')
    // Only the reports filed before this decision: one filed just after stays open.
    await ReportModel.updateMany(
      { designId: doc._id, resolvedAt: null, createdAt: trusted({ $lte: decidedAt }) },
      { $set: { resolvedAt: decidedAt } },
    );
  await recordAudit({
    actor: by,
    action: action as 'approve' | 'reject' | 'takedown' | 'restore',
    designId: doc._id,
    userId: doc.ownerUserId ?? undefined,
    from: doc.status as DesignStatus,
    to: updated.status as DesignStatus,
    reason,
    reasonCode: body?.reasonCode,
  });
  return updated;
}

const byFields = (by: { id: string; displayName: string }) => ({ by: by.id, byName: by.displayName });

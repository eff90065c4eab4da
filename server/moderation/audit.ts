import { Types } from 'mongoose';
import type { SessionUser } from '@shared/auth';
import type { DesignStatus } from '@shared/api';
import type { AuditAction, AuditEntry, AuditPage, ReasonCode } from '@shared/moderation';
import { AuditEntryModel, type AuditEntryDoc } from '@server/models/AuditEntry';
import { trusted } from '@server/db/trusted';

export interface AuditInput {
  actor: Pick<SessionUser, 'id' | 'displayName'>;
  action: AuditAction;
  designId?: string;
  userId?: string;
  from?: DesignStatus;
  to?: DesignStatus;
  reason?: string;
  reasonCode?: ReasonCode;
}

/**
 * Writes one decision to the audit log. Called right AFTER the decision's conditional update
 * succeeded: without transactions a crash in between loses this entry, but never records a
 * decision that did not happen; the design's own history (written in the same update as the
 * decision) still holds who, what, when and why, so a lost entry can be rebuilt from it.
 */
export async function recordAudit(input: AuditInput): Promise<void> {
  await AuditEntryModel.create({
    at: new Date(),
    actorId: input.actor.id,
    actorName: input.actor.displayName,
    action: input.action,
    designId: input.designId ?? null,
    userId: input.userId ?? null,
    from: input.from ?? null,
    to: input.to ?? null,
    reason: input.reason ?? null,
    reasonCode: input.reasonCode ?? null,
  });
}

function presentAuditEntry(e: AuditEntryDoc): AuditEntry {
  return {
    id: e._id.toHexString(),
    at: e.at.toISOString(),
    actor: { id: e.actorId, displayName: e.actorName },
    action: e.action as AuditAction,
    designId: e.designId ?? null,
    userId: e.userId ?? null,
    from: (e.from as DesignStatus | null) ?? null,
    to: (e.to as DesignStatus | null) ?? null,
    reason: e.reason ?? null,
    reasonCode: (e.reasonCode as ReasonCode | null) ?? null,
  };
}

/** True for a cursor this log handed out (an entry's id). */
export const isAuditCursor = (c: string) => /^[0-9a-f]{24}$/.test(c);

/** Newest first; `cursor` is the id of the last entry of the previous page. */
export async function listAudit(limit: number, cursor?: string): Promise<AuditPage> {
  const filter = cursor ? { _id: trusted({ $lt: new Types.ObjectId(cursor) }) } : {};
  const docs = await AuditEntryModel.find(filter)
    .sort({ _id: -1 })
    .limit(limit + 1)
    .lean<AuditEntryDoc[]>();
  const items = docs.slice(0, limit).map(presentAuditEntry);
  return { items, nextCursor: docs.length > limit ? items[items.length - 1].id : null };
}

import type { DesignStatus } from '@shared/api';
import type {
  DesignModeration,
  HistoryEntry,
  PersonRef,
  ReasonCode,
  Rejection,
  TextCategory,
  TextFinding,
  TextSeverity,
  WorkflowAction,
} from '@shared/moderation';
import type { DesignDoc } from '@server/models/Design';

type Stored = { by?: string | null; byName?: string | null };

/** A person from the id and the name copied into a document when they acted. */
export const personOf = (s: Stored): PersonRef | null => (s.by ? { id: s.by, displayName: s.byName ?? '' } : null);

/** The latest rejection without who made it (the author does not learn the moderator's name). */
export function presentRejection(d: DesignDoc): Rejection | null {
  const r = d.rejection;
  if (!r?.at) return null;
  return {
    reason: r.reason ?? '',
    ...(r.reasonCode ? { reasonCode: r.reasonCode as ReasonCode } : {}),
    at: r.at.toISOString(),
  };
}

export function presentFindings(d: DesignDoc): TextFinding[] {
  return (d.findings ?? []).map((f) => ({
    path: f.path ?? '',
    start: f.start ?? 0,
    end: f.end ?? 0,
    category: f.category as TextCategory,
    severity: f.severity as TextSeverity,
  }));
}

function appealState(d: DesignDoc): DesignModeration['appeal'] {
  if (d.appealPending) return 'pending';
  if (d.appealUsed) return 'used';
  return d.status === 'rejected' ? 'available' : 'none';
}

/** The owner's view of the moderation of their design. */
export function presentModeration(d: DesignDoc): DesignModeration {
  return {
    rejection: presentRejection(d),
    appeal: appealState(d),
    findings: presentFindings(d),
    hidden: !!d.hidden || !!d.ownerSuspended,
  };
}

/** The design's workflow history, oldest first. */
export function presentHistory(d: DesignDoc): HistoryEntry[] {
  return (d.history ?? []).map((h) => ({
    action: h.action as WorkflowAction,
    from: h.from as DesignStatus,
    to: h.to as DesignStatus,
    at: (h.at ?? new Date(0)).toISOString(),
    by: personOf(h),
    ...(h.reason ? { reason: h.reason } : {}),
    ...(h.reasonCode ? { reasonCode: h.reasonCode as ReasonCode } : {}),
  }));
}

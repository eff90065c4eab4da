import type { PersonRef, QueueItem, QueueText } from '@shared/moderation';
import { draftTexts } from '@server/designs/screenTexts';
import type { ClaimDoc } from '@server/models/Claim';
import type { DesignDoc } from '@server/models/Design';
import type { ReportDoc } from '@server/models/Report';
import { checkText } from '@server/textFilter';
import { presentDesign } from './designPresenter';
import { personOf, presentHistory, presentRejection } from './moderationPresenter';

export interface QueueContext {
  moderatorId: string;
  authors: Map<string, PersonRef>;
  /** Open reports of all items (this one's are picked out). */
  reports: ReportDoc[];
  /** This item's fresh claim, if any. */
  claim: ClaimDoc | null;
}

/** Every non-empty text with the spans the filter matches now (the term data may be newer than the save). */
function queueTexts(d: DesignDoc): QueueText[] {
  return draftTexts({ name: d.name ?? '', texts: d.texts as Record<string, string> })
    .filter(([, text]) => text.length > 0)
    .map(([path, text]) => ({
      path,
      text,
      matches: checkText(text).matches.map(({ start, end, category, severity, term }) => ({
        start,
        end,
        category,
        severity,
        term,
      })),
    }));
}

function blockedFor(d: DesignDoc, moderatorId: string): QueueItem['blockedForMe'] {
  if (d.ownerUserId === moderatorId) return 'own_design';
  if (d.appealPending && d.rejection?.by === moderatorId) return 'own_rejection';
  return null;
}

/** One queue entry: the design and everything a moderator needs to decide it. */
export function presentQueueItem(d: DesignDoc, ctx: QueueContext): QueueItem {
  const { claim } = ctx;
  const reports = ctx.reports
    .filter((r) => r.designId === d._id)
    .map((r) => ({ reason: r.reason, at: r.createdAt.toISOString() }));
  const rejection = presentRejection(d);
  return {
    design: presentDesign(d, false),
    kind: d.appealPending ? 'appeal' : d.status === 'public' ? 'reports' : 'submission',
    priority: d.priority ? 'high' : 'normal',
    queuedAt: (d.queuedAt ?? d.updatedAt).toISOString(),
    author: d.ownerUserId ? (ctx.authors.get(d.ownerUserId) ?? { id: d.ownerUserId, displayName: '' }) : null,
    texts: queueTexts(d),
    history: presentHistory(d),
    claim: claim ? { by: personOf(claim)!, at: claim.at.toISOString(), mine: claim.by === ctx.moderatorId } : null,
    reportCount: reports.length,
    reports,
    appeal: d.appealPending && d.appeal?.at ? { message: d.appeal.message ?? '', at: d.appeal.at.toISOString() } : null,
    rejection: rejection && d.appealPending ? { ...rejection, by: personOf(d.rejection!) } : null,
    blockedForMe: blockedFor(d, ctx.moderatorId),
  };
}

import type { DesignStatus } from './api';
/**
 * Moderation on the wire: the text check, the workflow's view of a design, the queue and the
 * audit log, and the limits both sides enforce. Pure types and constants (no server imports).
 */
import type { Design } from './api';

export const TEXT_CHECK_MAX = 2000;
export const DECISION_REASON_MAX = 1000;
export const REPORT_REASON_MAX = 500;
export const APPEAL_MESSAGE_MAX = 1000;
/** Reports from this many different users hide a public design until a moderator decides. */
export const REPORTS_TO_HIDE = 3;

/** Rejection and take-down templates; the texts live in the client's i18n (moderation.reasons.*). */
export const REASON_CODES = [
  'offensive_text',
  'hate',
  'sexual',
  'personal_data',
  'trademark',
  'spam',
  'other',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export type TextVerdict = 'allow' | 'review' | 'block';
export type TextCategory = 'profanity' | 'insult' | 'sexual' | 'hate' | 'threat' | 'extremism';
export type TextSeverity = 'review' | 'block';

/**
 * What a shop does with the filter's levels (a catalog's `textPolicy`, else the site setting):
 * `mild` words (Mist, Depp, crap) pass, go to review or are blocked; `review`-level findings
 * (anatomy words, mild insults, context-dependent phrases) go to review or are blocked. Blocked
 * findings are always blocked. Default: `{ mild: TEXT_FILTER_MILD (review), review: 'review' }`.
 */
export interface TextPolicy {
  mild: 'allow' | TextSeverity;
  review: TextSeverity;
}
export const MILD_ACTIONS = ['allow', 'review', 'block'] as const;
export const REVIEW_ACTIONS = ['review', 'block'] as const;

/** A matched span: `text.slice(start, end)` (UTF-16 offsets, end exclusive). */
export interface TextMatch {
  start: number;
  end: number;
  category: TextCategory;
  severity: TextSeverity;
}

/** POST /api/moderation/check */
export interface TextCheckBody {
  text: string;
  locale?: 'de' | 'en';
}
export interface TextCheckResponse {
  verdict: TextVerdict;
  matches: TextMatch[];
}

/** A finding stored on a design: which field (`/name`, `/texts/line1`) and what matched. */
export interface TextFinding extends TextMatch {
  path: string;
}

/** A person as moderation shows them: id and display name, never the email. */
export interface PersonRef {
  id: string;
  displayName: string;
}

export type WorkflowAction =
  'submit' | 'approve' | 'reject' | 'takedown' | 'restore' | 'appeal' | 'revise' | 'report' | 'hide';

/** One step of a design's history (the design document keeps them). */
export interface HistoryEntry {
  action: WorkflowAction;
  from: DesignStatus;
  to: DesignStatus;
  at: string;
  /** null for the system (reports hiding a design). */
  by: PersonRef | null;
  reason?: string;
  reasonCode?: ReasonCode;
}

export interface Rejection {
  reason: string;
  reasonCode?: ReasonCode;
  at: string;
}

/** The owner's view of their design's moderation (on `Design.moderation`, only for the owner). */
export interface DesignModeration {
  /** The latest rejection, kept after a revision so the author can still read it. */
  rejection: Rejection | null;
  /** `available`: the current rejection may be appealed (once per design). */
  appeal: 'none' | 'available' | 'pending' | 'used';
  findings: TextFinding[];
  /** Hidden from the public by reports or a suspension until a moderator decides. */
  hidden: boolean;
}

export interface QueueText {
  path: string;
  text: string;
  matches: (TextMatch & { term: string })[];
}

/** One entry of GET /api/moderation/queue. */
export interface QueueItem {
  design: Design;
  kind: 'submission' | 'appeal' | 'reports';
  priority: 'high' | 'normal';
  queuedAt: string;
  author: PersonRef | null;
  texts: QueueText[];
  history: HistoryEntry[];
  claim: { by: PersonRef; at: string; mine: boolean } | null;
  reportCount: number;
  reports: { reason: string; at: string }[];
  appeal: { message: string; at: string } | null;
  rejection: (Rejection & { by: PersonRef | null }) | null;
  /** The caller may not decide this item (own design, or an appeal against their own rejection). */
  blockedForMe: 'own_design' | 'own_rejection' | null;
}

export interface QueueResponse {
  items: QueueItem[];
}

export type AuditAction =
  'approve' | 'reject' | 'takedown' | 'restore' | 'suspend' | 'unsuspend' | 'remove_review' | 'keep_review';

/** One entry of GET /api/moderation/audit (newest first). */
export interface AuditEntry {
  id: string;
  at: string;
  actor: PersonRef;
  action: AuditAction;
  designId: string | null;
  userId: string | null;
  from: DesignStatus | null;
  to: DesignStatus | null;
  reason: string | null;
  reasonCode: ReasonCode | null;
}

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

/** POST /api/designs/:id/report */
export interface ReportBody {
  reason: string;
}

/** POST /api/designs/:id/appeal */
export interface AppealBody {
  message: string;
}

/** Body of approve (optional), reject (a template code, free text, or both) and takedown. */
export interface DecisionBody {
  reason?: string;
  reasonCode?: ReasonCode;
}

/** One entry of GET /api/moderation/reviews: a review with open reports or the filter's findings. */
export interface ReviewQueueItem {
  review: { id: string; rating: number; authorName: string; createdAt: string };
  /** The review's text with the spans the filter matches now. */
  text: QueueText;
  design: { id: string; name: string };
  reports: { reason: string; at: string }[];
}

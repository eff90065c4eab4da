import type { Design } from '@shared/api';
import type {
  AuditPage,
  DecisionBody,
  QueueResponse,
  ReviewQueueItem,
  TextCheckBody,
  TextCheckResponse,
} from '@shared/moderation';
import { request } from './request';

const enc = encodeURIComponent;
const decision = (id: string, action: string, body?: DecisionBody) =>
  request<Design>('POST', `/moderation/designs/${enc(id)}/${action}`, body);

/** The moderation routes, one function per route (authors' steps included). */
export const moderationApi = {
  /** Anyone: the filter's verdict on a text, for live feedback while typing. */
  check: (body: TextCheckBody, signal?: AbortSignal) =>
    request<TextCheckResponse>('POST', '/moderation/check', body, signal),
  submit: (id: string) => request<Design>('POST', `/designs/${enc(id)}/submit`),
  appeal: (id: string, message: string) => request<Design>('POST', `/designs/${enc(id)}/appeal`, { message }),
  report: (id: string, reason: string) => request<void>('POST', `/designs/${enc(id)}/report`, { reason }),
  queue: (signal?: AbortSignal) => request<QueueResponse>('GET', '/moderation/queue', undefined, signal),
  claim: (id: string) => request<unknown>('POST', `/moderation/designs/${enc(id)}/claim`),
  approve: (id: string) => decision(id, 'approve'),
  reject: (id: string, body: DecisionBody) => decision(id, 'reject', body),
  takedown: (id: string, body: DecisionBody) => decision(id, 'takedown', body),
  reviews: () => request<{ items: ReviewQueueItem[] }>('GET', '/moderation/reviews'),
  removeReview: (reviewId: string, reason: string) =>
    request<void>('POST', `/moderation/reviews/${enc(reviewId)}/remove`, { reason }),
  keepReview: (reviewId: string) => request<void>('POST', `/moderation/reviews/${enc(reviewId)}/keep`),
  unsuspend: (userId: string) => request<void>('POST', `/moderation/users/${enc(userId)}/unsuspend`),
  suspend: (userId: string, reason: string) =>
    request<void>('POST', `/moderation/users/${enc(userId)}/suspend`, { reason }),
  audit: (cursor?: string, signal?: AbortSignal) =>
    request<AuditPage>('GET', `/moderation/audit?limit=50${cursor ? `&cursor=${enc(cursor)}` : ''}`, undefined, signal),
};

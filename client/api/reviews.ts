import type { Design, Review, ReviewBody, ReviewPage } from '@shared/api';
import { request } from './request';

const enc = encodeURIComponent;

/** Remixing and reviewing public designs, one function per route. */
export const reviewsApi = {
  /** A private copy of a public design, owned by the caller (a guest too). */
  remix: (id: string) => request<Design>('POST', `/designs/${enc(id)}/remix`),
  list: (id: string, cursor?: string, signal?: AbortSignal) =>
    request<ReviewPage>(
      'GET',
      `/designs/${enc(id)}/reviews${cursor ? `?cursor=${enc(cursor)}` : ''}`,
      undefined,
      signal,
    ),
  add: (id: string, body: ReviewBody) => request<Review>('POST', `/designs/${enc(id)}/reviews`, body),
  report: (id: string, reviewId: string, reason: string) =>
    request<unknown>('POST', `/designs/${enc(id)}/reviews/${enc(reviewId)}/report`, { reason }),
  remove: (id: string, reviewId: string) => request<void>('DELETE', `/designs/${enc(id)}/reviews/${enc(reviewId)}`),
};

import type { GalleryPage, GallerySort, VoteState } from '@shared/api';
import { request } from './request';

const enc = encodeURIComponent;

/** What the gallery lists: one product or all, in one order, from a cursor on. */
export interface GalleryParams {
  catalog?: string;
  sort: GallerySort;
  limit?: number;
  cursor?: string;
}

function query(p: GalleryParams): string {
  const q = new URLSearchParams({ sort: p.sort });
  if (p.catalog) q.set('catalog', p.catalog);
  if (p.limit) q.set('limit', String(p.limit));
  if (p.cursor) q.set('cursor', p.cursor);
  return q.toString();
}

/** The public gallery and votes, one function per route. */
export const galleryApi = {
  list: (p: GalleryParams, signal?: AbortSignal) =>
    request<GalleryPage>('GET', `/gallery?${query(p)}`, undefined, signal),
  vote: (id: string) => request<VoteState>('PUT', `/designs/${enc(id)}/vote`),
  unvote: (id: string) => request<VoteState>('DELETE', `/designs/${enc(id)}/vote`),
};

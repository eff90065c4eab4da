import type { DesignRef } from '@shared/api';
import type { SuggestionsBody, SuggestionsResponse } from '@shared/suggestions';
import { request } from './request';

const enc = encodeURIComponent;

/** The community around a design, and suggestions, one function per route. */
export const communityApi = {
  moreByAuthor: (id: string, signal?: AbortSignal) =>
    request<{ items: DesignRef[] }>('GET', `/designs/${enc(id)}/more-by-author`, undefined, signal),
  suggestions: (catalogId: string, body: SuggestionsBody, signal?: AbortSignal) =>
    request<SuggestionsResponse>('POST', `/catalogs/${enc(catalogId)}/suggestions`, body, signal),
};

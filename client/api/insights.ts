import type { InsightsEventBody, InsightsResponse } from '@shared/insights';
import { request } from './request';

const enc = encodeURIComponent;

/** Merchandiser insights and the configurator's anonymous events, one function per route. */
export const insightsApi = {
  get: (catalogId: string, signal?: AbortSignal) =>
    request<InsightsResponse>('GET', `/admin/catalogs/${enc(catalogId)}/insights`, undefined, signal),
  report: (catalogId: string, body: InsightsEventBody) =>
    request<void>('POST', `/catalogs/${enc(catalogId)}/events`, body),
};

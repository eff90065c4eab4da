import type { Catalog, DesignDraft } from '@shared/catalog/types';
import type { CatalogSummary, Design, DesignPatch, GuidanceResponse, ValidateResponse } from '@shared/api';
import { request } from './request';

export { ApiError } from './ApiError';
export type { ClientErrorCode } from './ApiError';

export type { DesignPatch };

const enc = encodeURIComponent;

/** The typed HTTP API, one function per route. */
export const api = {
  listCatalogs: (signal?: AbortSignal) => request<CatalogSummary[]>('GET', '/catalogs', undefined, signal),
  getCatalog: (id: string, signal?: AbortSignal) => request<Catalog>('GET', `/catalogs/${enc(id)}`, undefined, signal),
  getCatalogVersion: (id: string, version: number, signal?: AbortSignal) =>
    request<Catalog>('GET', `/catalogs/${enc(id)}/versions/${version}`, undefined, signal),
  validate: (draft: DesignDraft) =>
    request<ValidateResponse>('POST', `/catalogs/${enc(draft.catalogId)}/validate`, draft),
  guidance: (draft: DesignDraft) =>
    request<GuidanceResponse>('POST', `/catalogs/${enc(draft.catalogId)}/guidance`, draft),
  listDesigns: (signal?: AbortSignal) => request<Design[]>('GET', '/designs', undefined, signal),
  getDesign: (id: string, signal?: AbortSignal) => request<Design>('GET', `/designs/${enc(id)}`, undefined, signal),
  createDesign: (draft: DesignDraft) => request<Design>('POST', '/designs', draft),
  /** Changes a saved design if it still is at `revision` (412 when it was changed elsewhere). */
  updateDesign: (id: string, patch: DesignPatch, revision: number) =>
    request<Design>('PATCH', `/designs/${enc(id)}`, patch, undefined, { 'If-Match': `"${revision}"` }),
  deleteDesign: (id: string) => request<void>('DELETE', `/designs/${enc(id)}`),
};

import type { LocalizedText } from '@shared/catalog/types';
import { currentLocale } from '@client/i18n';
import { ApiError } from './ApiError';

import type { AdminCatalogRow, BrokenDesign, CatalogDiff, CatalogVersionRow, DraftView, Impact } from '@shared/merch';
import type { CatalogPatchOperation } from '@shared/merch/applyCatalogPatch';

export type { AdminCatalogRow, BrokenDesign, CatalogDiff, CatalogVersionRow, DraftView, Impact };
/** One error of a catalog draft, with the JSON pointer of where it is. */
export type { CatalogError as DraftError } from '@shared/catalog/checkCatalog';

const enc = encodeURIComponent;

/** One call to the catalog editor's API; problems become {@link ApiError}s. */
export async function call(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  path: string,
  opts: { json?: unknown; csv?: string; file?: Blob; ifMatch?: number } = {},
): Promise<Response> {
  const headers: Record<string, string> = { 'Accept-Language': currentLocale() };
  let body: string | Blob | undefined;
  if (opts.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.json);
  } else if (opts.csv !== undefined) {
    headers['Content-Type'] = 'text/csv; charset=utf-8';
    body = opts.csv;
  } else if (opts.file !== undefined) {
    headers['Content-Type'] = opts.file.type || 'application/octet-stream';
    body = opts.file;
  }
  if (opts.ifMatch !== undefined) headers['If-Match'] = `"${opts.ifMatch}"`;
  let response: Response;
  try {
    response = await fetch(`/api/admin/catalogs${path}`, { method, headers, body, credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError(0, 'network_error', cause instanceof Error ? cause.message : String(cause));
  }
  if (!response.ok) throw ApiError.fromProblem(response.status, await response.json().catch(() => null));
  return response;
}

export const json = async <T>(r: Promise<Response>): Promise<T> => (await r).json() as Promise<T>;

/** The merchandiser's catalog editor. */
export const merchApi = {
  list: () => json<AdminCatalogRow[]>(call('GET', '')),
  createNew: (id: string, name: LocalizedText) => json<DraftView>(call('POST', '', { json: { id, name } })),
  startFrom: (catalogId: string, fromVersion?: number) =>
    json<DraftView>(call('POST', '', { json: { fromCatalog: catalogId, fromVersion } })),
  patchDraft: (id: string, ops: CatalogPatchOperation[], revision: number) =>
    json<DraftView>(call('PATCH', `/${enc(id)}/draft`, { json: ops, ifMatch: revision })),
  versions: (id: string) => json<CatalogVersionRow[]>(call('GET', `/${enc(id)}/versions`)),
  diff: (id: string) => json<CatalogDiff & { revision: number }>(call('GET', `/${enc(id)}/diff`)),
  getDraft: (id: string) => json<DraftView>(call('GET', `/${enc(id)}/draft`)),
  saveDraft: (id: string, draft: unknown, revision: number) =>
    json<DraftView>(call('PUT', `/${enc(id)}/draft`, { json: draft, ifMatch: revision })),
  exportCsv: async (id: string) => (await call('GET', `/${enc(id)}/draft/options.csv`)).text(),
  importCsv: (id: string, csv: string, revision: number) =>
    json<DraftView>(call('PUT', `/${enc(id)}/draft/options.csv`, { csv, ifMatch: revision })),
  impact: (id: string) => json<Impact>(call('GET', `/${enc(id)}/impact`)),
  publish: (id: string, revision: number, note = '') =>
    json<{ version: number }>(call('POST', `/${enc(id)}/publish`, { json: { note }, ifMatch: revision })),
};

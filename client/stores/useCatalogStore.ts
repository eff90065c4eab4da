import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { Catalog } from '@shared/catalog/types';
import type { CatalogSummary } from '@shared/api';
import { api, type ApiError } from '@client/api';
import { toApiError } from '@client/api/ApiError';

/**
 * How long the newest version of a catalog is trusted before it is asked for again: a
 * merchandiser's publish reaches an open tab after at most this long (or when the tab is shown
 * again), so new designs start on the new version.
 */
export const NEWEST_TTL_MS = 60_000;

/** Published catalogs: the list for the home page and each loaded catalog version, cached. */
export const useCatalogStore = defineStore('catalog', () => {
  const summaries = shallowRef<CatalogSummary[]>([]);
  const summariesLoaded = ref(false);
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  // Catalogs are immutable per version, so one cache entry per `id@version` is enough.
  const byVersion = new Map<string, Catalog>();
  // Which version is the newest can change (a publish): each entry says when it was learnt.
  const newest = new Map<string, { version: number; at: number }>();
  if (typeof document !== 'undefined')
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') newest.clear();
    });

  async function loadSummaries(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      summaries.value = await api.listCatalogs();
      summariesLoaded.value = true;
    } catch (e) {
      error.value = toApiError(e);
    } finally {
      loading.value = false;
    }
  }

  function remember(catalog: Catalog): Catalog {
    byVersion.set(`${catalog.id}@${catalog.version}`, catalog);
    return catalog;
  }

  /** The newest published version (asked again after NEWEST_TTL_MS); throws an {@link ApiError}. */
  async function fetchLatest(id: string): Promise<Catalog> {
    const known = newest.get(id);
    const cached = known && Date.now() - known.at < NEWEST_TTL_MS && byVersion.get(`${id}@${known.version}`);
    if (cached) return cached;
    const catalog = remember(await api.getCatalog(id));
    newest.set(id, { version: catalog.version, at: Date.now() });
    return catalog;
  }

  /** One pinned version (a saved design's); throws an {@link ApiError}. */
  async function fetchVersion(id: string, version: number): Promise<Catalog> {
    return byVersion.get(`${id}@${version}`) ?? remember(await api.getCatalogVersion(id, version));
  }

  return { summaries, summariesLoaded, loading, error, loadSummaries, fetchLatest, fetchVersion };
});

import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { Design } from '@shared/api';
import { api, ApiError } from '@client/api';
import { toApiError } from '@client/api/ApiError';

/** The designs this browser session saved, newest first. */
export const useDesignsStore = defineStore('designs', () => {
  const items = shallowRef<Design[]>([]);
  const loaded = ref(false);
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  const busy = ref<string | null>(null);

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      items.value = await api.listDesigns();
      loaded.value = true;
    } catch (e) {
      error.value = toApiError(e);
    } finally {
      loading.value = false;
    }
  }

  /** Saves a copy pinned to the same catalog version; resolves to the copy. */
  async function duplicate(source: Design, name: string): Promise<Design> {
    busy.value = source.id;
    try {
      const copy = await api.createDesign({
        catalogId: source.catalogId,
        catalogVersion: source.catalogVersion,
        name,
        selections: source.selections,
        texts: source.texts,
        diets: source.diets,
      });
      items.value = [copy, ...items.value];
      return copy;
    } finally {
      busy.value = null;
    }
  }

  async function remove(id: string): Promise<void> {
    busy.value = id;
    try {
      await api.deleteDesign(id);
      items.value = items.value.filter((d) => d.id !== id);
    } finally {
      busy.value = null;
    }
  }

  return { items, loaded, loading, error, busy, load, duplicate, remove };
});

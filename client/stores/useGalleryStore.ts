import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { GalleryItem, GallerySort } from '@shared/api';
import type { ApiError } from '@client/api';
import { toApiError } from '@client/api/ApiError';
import { galleryApi } from '@client/api/gallery';

/** Designs per page in the gallery view ("load more" fetches the next as many). */
export const GALLERY_PAGE = 12;

/** The public gallery: the filters, the pages loaded so far and the shopper's votes on them. */
export const useGalleryStore = defineStore('gallery', () => {
  const catalog = ref('');
  const sort = ref<GallerySort>('new');
  const items = ref<GalleryItem[]>([]);
  const nextCursor = ref<string | null>(null);
  const loaded = ref(false);
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  /** The design whose vote is being sent. */
  const voting = ref<string | null>(null);
  let controller: AbortController | null = null;

  /** The first page (`more`: the next one after what is shown); a newer call cancels an older one. */
  async function load(more = false): Promise<void> {
    controller?.abort();
    const own = (controller = new AbortController());
    loading.value = true;
    error.value = null;
    try {
      const params = { catalog: catalog.value || undefined, sort: sort.value, limit: GALLERY_PAGE };
      const cursor = more ? (nextCursor.value ?? undefined) : undefined;
      const page = await galleryApi.list({ ...params, cursor }, own.signal);
      items.value = more ? [...items.value, ...page.items] : page.items;
      nextCursor.value = page.nextCursor;
      loaded.value = true;
    } catch (e) {
      if (own.signal.aborted) return;
      error.value = toApiError(e);
    } finally {
      if (controller === own) loading.value = false;
    }
  }

  /** Votes for a design or takes the vote back; throws an {@link ApiError}. */
  async function toggleVote(id: string): Promise<void> {
    const item = items.value.find((i) => i.id === id);
    if (!item || voting.value) return;
    voting.value = id;
    try {
      const state = await (item.votedByMe ? galleryApi.unvote(id) : galleryApi.vote(id));
      Object.assign(item, state);
    } catch (e) {
      throw toApiError(e);
    } finally {
      voting.value = null;
    }
  }

  return { catalog, sort, items, nextCursor, loaded, loading, error, voting, load, toggleVote };
});

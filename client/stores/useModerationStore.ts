import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { DecisionBody, QueueItem } from '@shared/moderation';
import { moderationApi } from '@client/api/moderation';
import { toApiError } from '@client/api/ApiError';
import type { ApiError } from '@client/api';

export type QueueDecision = 'approve' | 'reject' | 'takedown';

/** The moderators' queue: loading it, and each action with the item it touched. */
export const useModerationStore = defineStore('moderation', () => {
  const items = shallowRef<QueueItem[]>([]);
  const loaded = ref(false);
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  /** The design id an action is running for (its buttons are disabled meanwhile). */
  const busyId = ref<string | null>(null);

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      items.value = (await moderationApi.queue()).items;
      loaded.value = true;
    } catch (e) {
      error.value = toApiError(e);
    } finally {
      loading.value = false;
    }
  }

  /** Runs an action for one item, then reloads the queue (others may have decided meanwhile). */
  async function act(id: string, action: () => Promise<unknown>): Promise<ApiError | null> {
    busyId.value = id;
    try {
      await action();
      return null;
    } catch (e) {
      return toApiError(e);
    } finally {
      busyId.value = null;
      await load();
    }
  }

  const claim = (id: string) => act(id, () => moderationApi.claim(id));
  const decide = (id: string, decision: QueueDecision, body?: DecisionBody) =>
    act(id, () =>
      decision === 'approve'
        ? moderationApi.approve(id)
        : decision === 'reject'
          ? moderationApi.reject(id, body!)
          : moderationApi.takedown(id, body!),
    );
  const suspend = (designId: string, userId: string, reason: string) =>
    act(designId, () => moderationApi.suspend(userId, reason));

  return { items, loaded, loading, error, busyId, load, claim, decide, suspend };
});

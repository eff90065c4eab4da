import { onScopeDispose, shallowRef, watch, type Ref } from 'vue';
import type { DesignDraft } from '@shared/catalog/types';
import type { Suggestion } from '@shared/suggestions';
import { communityApi } from '@client/api/community';
import { currentLocale } from '@client/i18n';

/** Waits this long after the last click before asking: a burst of clicks costs one request. */
const DEBOUNCE_MS = 250;

/**
 * "Often combined with" for the draft being composed: asked again after each change (the
 * previous request is aborted), nothing while the draft is empty or `enabled` is false.
 * A failure just shows nothing: suggestions are a help, never in the way.
 */
export function useSuggestions(draft: Ref<DesignDraft>, enabled: Ref<boolean>) {
  const items = shallowRef<Suggestion[]>([]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;

  async function load(d: DesignDraft): Promise<void> {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    try {
      const body = { catalogVersion: d.catalogVersion, selections: d.selections, diets: d.diets ?? [] };
      const answer = await communityApi.suggestions(d.catalogId, body, controller.signal);
      if (inFlight === controller) items.value = answer.items;
    } catch {
      if (inFlight === controller) items.value = [];
    }
  }

  watch(
    () => [draft.value, enabled.value, currentLocale()] as const,
    ([d, on]) => {
      clearTimeout(timer);
      if (!on || !d.catalogId || !d.selections.some((s) => s.quantity > 0)) {
        inFlight?.abort();
        items.value = [];
        return;
      }
      timer = setTimeout(() => void load(d), DEBOUNCE_MS);
    },
    { immediate: true },
  );
  onScopeDispose(() => {
    clearTimeout(timer);
    inFlight?.abort();
  });
  return { items };
}

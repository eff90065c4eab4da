import { onScopeDispose, ref, shallowRef, watch, type Ref } from 'vue';
import type { TextCheckResponse } from '@shared/moderation';
import { moderationApi } from '@client/api/moderation';
import { currentLocale } from '@client/i18n';

/** Long enough not to call the server on every key, short enough to warn before "Save". */
export const TEXT_CHECK_DELAY_MS = 350;

/**
 * Live filter feedback for a text while it is typed: asks POST /api/moderation/check after a
 * pause (the term list stays on the server), cancels the previous question, and keeps the
 * answer for exactly the text it was given. A failed check (offline, rate-limited) is no
 * verdict: the server checks again on save anyway.
 */
export function useTextCheck(text: Ref<string>, delayMs = TEXT_CHECK_DELAY_MS) {
  const result = shallowRef<TextCheckResponse | null>(null);
  const checking = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;

  async function run(value: string): Promise<void> {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    checking.value = true;
    try {
      const answer = await moderationApi.check({ text: value, locale: currentLocale() }, controller.signal);
      if (text.value === value) result.value = answer;
    } catch {
      if (!controller.signal.aborted) result.value = null;
    } finally {
      if (inFlight === controller) checking.value = false;
    }
  }

  watch(
    text,
    (value) => {
      clearTimeout(timer);
      result.value = null;
      if (!value.trim()) {
        inFlight?.abort();
        checking.value = false;
        return;
      }
      timer = setTimeout(() => void run(value), delayMs);
    },
    { immediate: true },
  );
  onScopeDispose(() => {
    clearTimeout(timer);
    inFlight?.abort();
  });

  return { result, checking };
}

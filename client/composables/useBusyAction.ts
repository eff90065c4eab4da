import { ref } from 'vue';
import { toApiError } from '@client/api/ApiError';
import { useToastStore } from '@client/stores/useToastStore';

export interface BusyActionOptions {
  /**
   * The sentence for a failure; default the API's own message. Answer null for a failure the
   * caller has dealt with itself (a 409 "already done"): nothing is said then.
   */
  message?: (e: unknown) => string | null;
  /** Say a failure in an error toast instead of keeping it in `error` (for buttons with no room for a line). */
  toast?: boolean;
}

const apiMessage = (e: unknown) => toApiError(e).message;

/**
 * One action at a time, with its progress and the sentence for its failure: what every button
 * that calls the API needs (disabled while busy, the error next to it or in a toast). `run`
 * answers the action's result, or undefined when it failed (the message is then in `error`).
 */
export function useBusyAction(options: BusyActionOptions = {}) {
  const busy = ref(false);
  const error = ref('');
  const toasts = options.toast ? useToastStore() : null;
  const message = options.message ?? apiMessage;
  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    busy.value = true;
    error.value = '';
    try {
      return await action();
    } catch (e) {
      const text = message(e);
      if (text !== null && toasts) toasts.show('error', text);
      else if (text !== null) error.value = text;
      return undefined;
    } finally {
      busy.value = false;
    }
  }
  return { busy, error, run };
}

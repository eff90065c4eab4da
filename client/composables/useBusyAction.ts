import { ref } from 'vue';
import { toApiError } from '@client/api/ApiError';

/**
 * One action at a time, with its progress and the sentence for its failure: what every button
 * that calls the API needs (disabled while busy, the error next to it). `run` answers the
 * action's result, or undefined when it failed (the message is then in `error`).
 */
export function useBusyAction() {
  const busy = ref(false);
  const error = ref('');
  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    busy.value = true;
    error.value = '';
    try {
      return await action();
    } catch (e) {
      error.value = toApiError(e).message;
      return undefined;
    } finally {
      busy.value = false;
    }
  }
  return { busy, error, run };
}

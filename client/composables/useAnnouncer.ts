import { readonly, ref } from 'vue';

/** The text of the app's one polite live region (AppAnnouncer renders it). */
const message = ref('');
let pending: ReturnType<typeof setTimeout> | undefined;

/**
 * Says `text` to screen readers through the app's single polite live region. The region
 * is emptied first, so the same words said twice are read twice; a newer message replaces
 * one not yet shown, so a burst of changes ends in one announcement.
 */
export function announce(text: string): void {
  clearTimeout(pending);
  message.value = '';
  if (!text) return;
  pending = setTimeout(() => (message.value = text), 120);
}

/** The live region's text and the function that sets it. */
export function useAnnouncer() {
  return { message: readonly(message), announce };
}

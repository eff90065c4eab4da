import { defineStore } from 'pinia';
import { ref } from 'vue';

export interface Toast {
  id: number;
  kind: 'success' | 'error' | 'info';
  text: string;
}

/** Short notices in the corner; each leaves by itself after a few seconds. */
export const useToastStore = defineStore('toast', () => {
  const toasts = ref<Toast[]>([]);
  let next = 1;

  function dismiss(id: number): void {
    toasts.value = toasts.value.filter((t) => t.id !== id);
  }

  function show(kind: Toast['kind'], text: string, ms = 4000): void {
    const id = next++;
    toasts.value = [...toasts.value, { id, kind, text }];
    setTimeout(() => dismiss(id), ms);
  }

  return { toasts, show, dismiss };
});

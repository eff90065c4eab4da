import { onBeforeUnmount, onMounted, type Ref } from 'vue';

/**
 * Publishes the height of the app header (`--header-actual`, it wraps to two rows on phones)
 * and of `el` (`--finder-h`) as CSS variables, so sticky bars stack under the header and
 * `scroll-padding` keeps a focused control from hiding beneath them.
 */
export function useStickyOffset(el: Ref<HTMLElement | null>): void {
  const root = document.documentElement;
  let observer: ResizeObserver | undefined;
  onMounted(() => {
    const header = document.querySelector<HTMLElement>('#app > header, header.header');
    const update = () => {
      if (header) root.style.setProperty('--header-actual', `${header.offsetHeight}px`);
      if (!el.value) return;
      const sticky = getComputedStyle(el.value).position === 'sticky';
      root.style.setProperty('--finder-h', `${sticky ? el.value.offsetHeight : 0}px`);
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    observer = new ResizeObserver(update);
    if (header) observer.observe(header);
    if (el.value) observer.observe(el.value);
  });
  onBeforeUnmount(() => {
    observer?.disconnect();
    root.style.removeProperty('--finder-h');
  });
}

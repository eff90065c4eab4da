/** Whether the person asked for less motion; smooth scrolling is then a jump. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** How much of the top of the window the sticky header and search bar cover, plus a little air. */
export function stickyOffset(): number {
  const css = getComputedStyle(document.documentElement);
  const px = (name: string, fallback: number) => parseFloat(css.getPropertyValue(name)) || fallback;
  return px('--header-actual', px('--header-h', 60)) + px('--finder-h', 0) + 12;
}

/** Scrolls `el` to just under the sticky header and bars and moves keyboard focus to `focus`. */
export function scrollAndFocus(el: Element, focus: HTMLElement = el as HTMLElement): void {
  const offset = stickyOffset();
  const top = el.getBoundingClientRect().top + window.scrollY - offset;
  window.scrollTo({ top, behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
  focus.focus({ preventScroll: true });
}

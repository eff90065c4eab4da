/** Whether the person asked for less motion; smooth scrolling is then a jump. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Scrolls `el` to the top of the view (under the sticky bars) and moves keyboard focus to `focus`. */
export function scrollAndFocus(el: Element, focus: HTMLElement = el as HTMLElement): void {
  el.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  focus.focus({ preventScroll: true });
}

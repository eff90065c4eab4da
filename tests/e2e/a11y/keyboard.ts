import type { Page } from 'playwright-core';

/** What has focus, and whether it shows a focus indicator a person can see (outline or ring). */
export function focused(page: Page): Promise<{ testid: string; id: string; tag: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { testid: '', id: '', tag: 'body', visible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const rect = el.getBoundingClientRect();
    const onScreen =
      rect.width > 0 &&
      rect.height > 0 &&
      style.visibility === 'visible' &&
      style.opacity !== '0' &&
      rect.bottom > 0 &&
      rect.top < innerHeight &&
      rect.right > 0 &&
      rect.left < innerWidth;
    return {
      testid: el.dataset.testid ?? '',
      id: el.id,
      tag: el.tagName.toLowerCase(),
      visible: (outline || style.boxShadow !== 'none') && onScreen,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the element matching `selector` has focus; fails after
 * `max` presses, and whenever a stop on the way has no visible focus indicator.
 */
export async function tabTo(page: Page, selector: string, opts: { back?: boolean; max?: number } = {}): Promise<void> {
  const key = opts.back ? 'Shift+Tab' : 'Tab';
  for (let i = 0; i < (opts.max ?? 250); i++) {
    await page.keyboard.press(key);
    const here = await focused(page);
    if (!here.visible) throw new Error(`No visible focus after ${i + 1}× ${key}: ${JSON.stringify(here)}`);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} was not reached with ${opts.max ?? 250}× ${key}`);
}

/** The text the app's polite live region says once it settles. */
export async function announced(page: Page, contains: string | RegExp): Promise<string> {
  const handle = await page.waitForFunction(
    ([src, flags]) => {
      const text = document.querySelector('[data-testid="announcer"]')?.textContent ?? '';
      return new RegExp(src, flags).test(text) ? text : false;
    },
    typeof contains === 'string'
      ? [contains.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), '']
      : [contains.source, contains.flags],
  );
  return (await handle.jsonValue()) as string;
}

import type { Browser, Page } from 'playwright-core';
import type { A11yPage } from './pages';
import { contextFor, type Variant, type World } from './world';

/** 1280 × 800 at 200 % zoom: what Chromium lays out is 640 × 400 CSS pixels at twice the density. */
export const ZOOM_200: Variant = { name: 'de desktop 200 %', locale: 'de', viewport: { width: 640, height: 400 } };

/** Opens `spec` as its role in `variant`; `options` go to the browser context (zoom, reduced motion). */
export async function openSpec(
  browser: Browser,
  world: World,
  spec: A11yPage,
  variant: Variant,
  options: { deviceScaleFactor?: number; reducedMotion?: 'reduce' } = {},
): Promise<Page> {
  const context = await contextFor(browser, world, spec.role, variant, options);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(world.base + spec.path(world));
  await page.waitForSelector(spec.ready);
  await spec.prepare?.(page, world);
  return page;
}

/** How far the page is wider than the window (content lost sideways at this zoom), in CSS pixels. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The longest transition or animation on the tiles, buttons and sheet, in seconds. */
export function longestMotion(page: Page): Promise<number> {
  return page.evaluate(() => {
    const secs = (v: string) =>
      Math.max(...v.split(',').map((s) => parseFloat(s) * (s.trim().endsWith('ms') ? 0.001 : 1)));
    const els = [...document.querySelectorAll('.tile, .btn, .stepper__btn, .summary, .cap__fill, .reason__bubble')];
    return Math.max(
      0,
      ...els.map((el) =>
        Math.max(secs(getComputedStyle(el).transitionDuration), secs(getComputedStyle(el).animationDuration)),
      ),
    );
  });
}

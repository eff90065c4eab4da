import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkflowServer } from '@tests/moderation-workflow/helpers';
import type { TestServer } from '@tests/setup/server';
import { launchBrowser } from '../browser';
import { longestMotion, openSpec, sidewaysOverflow, ZOOM_200 } from './display';
import { merchandiserJourney, moderatorJourney, shopperJourney } from './journeys';
import { A11Y_PAGES } from './pages';
import { seriousFindings } from './scan';
import { contextFor, makeWorld, VARIANTS, type World } from './world';

describe('accessibility of every page, for every role', () => {
  let server: TestServer;
  let browser: Browser;
  let world: World;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWorkflowServer({ client: true }), launchBrowser()]);
    world = await makeWorld(server.url);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  describe.each(VARIANTS)('$name', (variant) => {
    it.each(A11Y_PAGES)(
      '$name ($role): no serious or critical axe finding',
      async (spec) => {
        const context = await contextFor(browser, world, spec.role, variant);
        const page = await context.newPage();
        page.setDefaultTimeout(20_000);
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        try {
          await page.goto(world.base + spec.path(world));
          await page.waitForSelector(spec.ready);
          await spec.prepare?.(page, world);
          expect(await page.getAttribute('html', 'lang')).toBe(variant.locale);
          expect(await seriousFindings(page, spec.exclude)).toEqual([]);
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      },
      90_000,
    );
  });

  describe('zoom and motion', () => {
    it.each(A11Y_PAGES)(
      '$name ($role) at 200 % zoom loses nothing sideways',
      async (spec) => {
        const page = await openSpec(browser, world, spec, ZOOM_200, { deviceScaleFactor: 2 });
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        await page.context().close();
      },
      60_000,
    );

    it('text alone at 200 % (the reader font size) still fits the configurator on a desktop', async () => {
      const spec = A11Y_PAGES.find((p) => p.name === 'configurator muesli')!;
      const page = await openSpec(browser, world, spec, VARIANTS[0]);
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('32px');
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await page.context().close();
    }, 60_000);

    it('honours prefers-reduced-motion: no transitions, and jump links scroll at once', async () => {
      const spec = A11Y_PAGES.find((p) => p.name === 'configurator muesli')!;
      const page = await openSpec(browser, world, spec, VARIANTS[0], { reducedMotion: 'reduce' });
      expect(await longestMotion(page)).toBeLessThan(0.001);
      await page.click('[data-testid="group-link-extras"]');
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
      await page.context().close();
    }, 60_000);
  });

  describe('by keyboard alone', () => {
    it('a shopper composes and saves a muesli, hearing what each key press changed', async () => {
      const said = await shopperJourney(browser, world);
      console.info(`live region: ${said}`);
    }, 90_000);
    it('a moderator approves one design and rejects another', () => moderatorJourney(browser, world), 90_000);
    it(
      'a merchandiser edits a price in the table and a rule in the builder, and publishes',
      () => merchandiserJourney(browser, world),
      90_000,
    );
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkflowServer } from '@tests/moderation-workflow/helpers';
import type { TestServer } from '@tests/setup/server';
import { launchBrowser } from '../browser';
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
        page.setDefaultTimeout(10_000);
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        try {
          await page.goto(world.base + spec.path(world));
          await page.waitForSelector(spec.ready);
          await spec.prepare?.(page, world);
          expect(await page.getAttribute('html', 'lang')).toBe(variant.locale);
          expect(await seriousFindings(page)).toEqual([]);
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      },
      90_000,
    );
  });

  describe('by keyboard alone', () => {
    it('a shopper composes and saves a muesli, hearing what each key press changed', async () => {
      const said = await shopperJourney(browser, world);
      console.info(`live region: ${said}`);
    }, 90_000);
    it('a moderator approves one design and rejects another', () => moderatorJourney(browser, world), 90_000);
    it('a merchandiser edits the draft, saves and publishes it', () => merchandiserJourney(browser, world), 90_000);
  });
});

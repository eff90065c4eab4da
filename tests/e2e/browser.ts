import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '@tests/setup/server';

/** Debian's Chromium (scripts/ensureChromium.mjs installs it); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Launches headless Chromium for the browser tests: no sandbox (root in CI), no background traffic. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh browser session (own cookies) with a page that fails the test on uncaught page errors. */
export async function openPage(
  browser: Browser,
  viewport = { width: 1366, height: 900 },
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'de-DE' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/**
 * One test server with the built client and one Chromium for the file's tests, started before
 * them and stopped after; read `.server` and `.browser` inside the tests.
 */
export function useBrowserAndServer(): { server: TestServer; browser: Browser } {
  const world = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    [world.server, world.browser] = await Promise.all([startTestServer({ client: true }), launchBrowser()]);
  }, 180_000);
  afterAll(async () => {
    await world.browser?.close();
    await world.server?.stop();
  });
  return world;
}

import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '@shared/catalog/types';
import muesliJson from '@catalogs/muesli.json';
import { PASSWORD, moderator, startWorkflowServer, type Person } from '@tests/moderation-workflow/helpers';
import type { TestServer } from '@tests/setup/server';
import { launchBrowser, openPage } from './browser';

const muesli = muesliJson as unknown as Catalog;
const tid = (id: string) => `[data-testid="${id}"]`;
const pick = (groupId: string) =>
  muesli.options.find((o) => o.groupId === groupId && o.inStock && !o.tags.includes('sweet'))!.id;
/** Screenshots to look at by eye (SCREENSHOT_DIR overrides). */
const SHOTS = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'prosumer-moderation-e2e');
let n = 0;

async function signUp(page: Page, base: string, name: string): Promise<void> {
  await page.goto(`${base}/signup`);
  await page.fill(tid('sign-up-email'), `${name.toLowerCase()}.${Date.now()}.${n++}@example.org`);
  await page.fill(tid('sign-up-name'), name);
  await page.fill(tid('sign-up-password'), PASSWORD);
  await page.click(tid('sign-up-submit'));
  await page.waitForURL(/\/designs$/);
}

async function signIn(page: Page, base: string, who: Person): Promise<void> {
  await page.goto(`${base}/signin`);
  await page.fill(tid('sign-in-email'), who.email);
  await page.fill(tid('sign-in-password'), PASSWORD);
  await page.click(tid('sign-in-submit'));
  await page.waitForSelector(tid('nav-moderation'));
}

/** Composes and saves a muesli named `name`; returns its id (from the URL). */
async function saveMuesli(page: Page, base: string, name: string): Promise<string> {
  await page.goto(`${base}/c/muesli`);
  await page.waitForSelector(tid('configurator'));
  for (const id of [pick('base'), pick('base'), pick('fruits')])
    await page.click(`${tid(`option-${id}`)} ${tid('increment')}`);
  await page.fill('#input-name', name);
  await page.click(tid('save'));
  await page.waitForURL(/\/d\/[^/]+$/);
  await page.waitForSelector(tid('moderation-panel'));
  return page.url().split('/').pop()!;
}

async function submitToGallery(page: Page): Promise<void> {
  await page.click(tid('submit-gallery'));
  await page.waitForSelector(`${tid('status-badge')}[data-status="pending"]`);
}

describe('moderation in a real browser', () => {
  let server: TestServer;
  let browser: Browser;
  let mod: Person;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startWorkflowServer({ client: true }), launchBrowser()]);
    mod = await moderator(server.url, 'Moni');
    mkdirSync(SHOTS, { recursive: true });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a shopper submits a design, a moderator approves it, and a signed-out visitor can open it', async () => {
    const shopper = await openPage(browser);
    await signUp(shopper.page, server.url, 'Sina');
    const id = await saveMuesli(shopper.page, server.url, 'Sonnenmüsli');
    expect(await shopper.page.getAttribute(tid('status-badge'), 'data-status')).toBe('private');
    await submitToGallery(shopper.page);

    const moderatorPage = await openPage(browser);
    await signIn(moderatorPage.page, server.url, mod);
    await moderatorPage.page.click(tid('nav-moderation'));
    const item = tid(`queue-item-${id}`);
    await moderatorPage.page.waitForSelector(item);
    expect(await moderatorPage.page.textContent(item)).toContain('Sina');
    await moderatorPage.page.click(`${item} ${tid('approve')}`);
    await moderatorPage.page.waitForSelector(item, { state: 'detached' });

    const visitor = await openPage(browser);
    await visitor.page.goto(`${server.url}/d/${id}`);
    await visitor.page.waitForSelector(tid('configurator'));
    expect(await visitor.page.textContent(tid('design-title'))).toBe('Sonnenmüsli');
    expect(await visitor.page.$(tid('moderation-panel'))).toBeNull();

    await shopper.page.reload();
    await shopper.page.waitForSelector(`${tid('status-badge')}[data-status="public"]`);
    for (const p of [shopper, moderatorPage, visitor]) {
      expect(p.errors).toEqual([]);
      await p.context.close();
    }
  });

  it('another design is rejected with a template and a note, and its author sees why', async () => {
    const shopper = await openPage(browser);
    await signUp(shopper.page, server.url, 'Rolf');
    await shopper.page.goto(`${server.url}/c/muesli`);
    await shopper.page.waitForSelector(tid('configurator'));
    await shopper.page.fill('#input-name', 'Dummkopf Müsli');
    await shopper.page.waitForSelector(`${tid('text-hint-name')}[data-verdict="review"]`);
    const id = await saveMuesli(shopper.page, server.url, 'Dummkopf Müsli');
    await submitToGallery(shopper.page);

    const moderatorPage = await openPage(browser);
    const page = moderatorPage.page;
    await signIn(page, server.url, mod);
    await page.goto(`${server.url}/moderation`);
    const item = tid(`queue-item-${id}`);
    await page.waitForSelector(`${item} mark`);
    expect(await page.textContent(`${item} mark`)).toContain('Dummkopf');
    await page.click(`${item} ${tid('claim')}`);
    await page.waitForSelector(`${item} ${tid('claim-state')}`);
    await page.click(`${item} ${tid('reject')}`);
    await page.selectOption(`${item} ${tid('reason-template')}`, 'offensive_text');
    await page.fill(`${item} ${tid('reason-text')}`, 'Bitte ohne Beschimpfungen im Namen.');
    await page.screenshot({ path: join(SHOTS, 'queue.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SHOTS, 'queue-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.click(`${item} ${tid('reason-confirm')}`);
    await page.waitForSelector(item, { state: 'detached' });

    await shopper.page.reload();
    await shopper.page.waitForSelector(tid('rejection-reason'));
    const reason = await shopper.page.textContent(tid('rejection-reason'));
    expect(reason).toContain('beleidigend oder anstößig');
    expect(reason).toContain('Bitte ohne Beschimpfungen im Namen.');
    expect(await shopper.page.getAttribute(tid('status-badge'), 'data-status')).toBe('rejected');
    expect(await shopper.page.$(tid('appeal-open'))).not.toBeNull();
    await shopper.page.screenshot({ path: join(SHOTS, 'author.png') });
    for (const p of [shopper, moderatorPage]) {
      expect(p.errors).toEqual([]);
      await p.context.close();
    }
  });

  it('a blocked label text is flagged while typing and cannot be saved', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${server.url}/c/label`);
    await page.waitForSelector(tid('configurator'));
    for (const id of ['glas-250', 'schrift-klassisch', 'hintergrund-weiss', 'text-schwarz'])
      await page.click(`${tid(`option-${id}`)} ${tid('choose')}`);
    await page.fill('#input-line1', 'Arschgeige');
    await page.waitForSelector(`${tid('text-hint-line1')}[data-verdict="block"]`);
    expect(await page.textContent(tid('text-hint-line1'))).toMatch(/Nicht erlaubt/);
    await page.locator(`${tid('field-line1')} >> xpath=..`).screenshot({ path: join(SHOTS, 'label-blocked.png') });
    await page.click(tid('save'));
    await page.waitForSelector(`${tid('field-line1')} [data-code="text_blocked"]`);
    expect(page.url()).toMatch(/\/c\/label/);
    expect((await context.request.get(`${server.url}/api/designs`)).ok()).toBe(true);
    expect(await (await context.request.get(`${server.url}/api/designs`)).json()).toEqual([]);

    await page.fill('#input-line1', 'Schwules Müsli');
    await page.fill('#input-line2', 'Für meine jüdische Oma');
    await page.click(tid('save'));
    await page.waitForURL(/\/d\/[^/]+$/);
    expect(await page.$(tid('text-hint-line1'))).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});

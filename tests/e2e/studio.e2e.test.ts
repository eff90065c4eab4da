import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '@tests/moderation-workflow/helpers';
import { merchandiser, muesliDraft, saved, shopper, startWorkflowServer } from '@tests/merchandising/helpers';
import type { Person } from '@tests/moderation-workflow/helpers';
import type { TestServer } from '@tests/setup/server';
import { launchBrowser } from './browser';

const tid = (id: string) => `[data-testid="${id}"]`;
/** STUDIO_SCREENSHOTS=1 also saves the pictures the report describes (screenshots/ is gitignored). */
const SHOTS = process.env.STUDIO_SCREENSHOTS === '1' ? resolve(import.meta.dirname, '../../screenshots') : '';
let server: TestServer;
let browser: Browser;
let merch: Person;

async function open(locale: 'de' | 'en', viewport = { width: 1280, height: 900 }, who = merch) {
  const context = await browser.newContext({ viewport, locale: locale === 'de' ? 'de-DE' : 'en-GB' });
  await context.addInitScript((l) => localStorage.setItem('prosumer.locale', l), locale);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/signin`);
  await page.fill(tid('sign-in-email'), who.email);
  await page.fill(tid('sign-in-password'), PASSWORD);
  await page.click(tid('sign-in-submit'));
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  return { context, page, errors };
}
const saveState = (page: Page, text: RegExp) =>
  page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('[data-testid="merch-save-state"]')?.textContent ?? ''),
    text.source,
  );
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

beforeAll(async () => {
  server = await startWorkflowServer({ client: true });
  browser = await launchBrowser();
  merch = await merchandiser(server.url, 'Merle');
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the studio in Chromium', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ context, page, errors } = await open('de'));
    await page.goto(`${server.url}/merch/muesli`);
    await page.click(tid('merch-begin'));
    await page.waitForSelector(tid('merch-option-row'));
  }, 60_000);
  afterAll(() => context?.close());

  it('table: an error next to its cell in German, arrow keys between cells, bulk price, undo and redo', async () => {
    const first = page.getByRole('row').nth(1);
    const price = first.getByRole('textbox', { name: /^Preis,/ });
    await price.fill('zwölf');
    await price.press('Tab');
    const describedBy = await price.getAttribute('aria-describedby');
    expect(await page.locator(`#${describedBy}`).textContent()).toContain('Betrag in Euro');
    await price.fill('1,50');
    await price.press('Tab');
    expect(await price.getAttribute('aria-invalid')).toBeNull();

    // Arrow keys: down to the next row's price, right (at the text's end) to the next column.
    await price.focus();
    await page.keyboard.press('ArrowDown');
    expect(await focusedLabel(page)).toMatch(/^Preis,/);
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    expect(await focusedLabel(page)).toMatch(/^Gramm je Portion,/);
    await page.keyboard.press('ArrowLeft'); // caret at the start of a text: back to the price
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedLabel(page)).toMatch(/^Preis,/);

    // Bulk: two fruits get one price; one undo step takes both back, redo brings them again.
    await page.selectOption(tid('merch-group-filter'), 'fruits');
    const rows = page
      .getByRole('row')
      .filter({ has: page.getByRole('checkbox', { name: /^Auswählen:|^.+ auswählen$/ }) });
    const names = await page
      .locator(`${tid('merch-option-row')}`)
      .evaluateAll((r) => r.slice(0, 2).map((x) => x.getAttribute('aria-label')!));
    for (const name of names) await page.getByRole('row', { name, exact: true }).getByRole('checkbox').first().check();
    expect(await rows.count()).toBeGreaterThan(0);
    await page
      .getByRole('group', { name: /2 ausgewählt/ })
      .getByRole('textbox', { name: 'Preis' })
      .fill('0,99');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/table-bulk-de-desktop.png`, fullPage: false });
    await page.getByRole('button', { name: 'Preis setzen' }).click();
    for (const name of names)
      expect(
        await page
          .getByRole('row', { name, exact: true })
          .getByRole('textbox', { name: /^Preis,/ })
          .inputValue(),
      ).toBe('0,99');
    await page.keyboard.press('Control+z');
    const before = await page
      .getByRole('row', { name: names[0]!, exact: true })
      .getByRole('textbox', { name: /^Preis,/ })
      .inputValue();
    expect(before).not.toBe('0,99');
    await page.click(tid('merch-redo'));
    expect(
      await page
        .getByRole('row', { name: names[0]!, exact: true })
        .getByRole('textbox', { name: /^Preis,/ })
        .inputValue(),
    ).toBe('0,99');
    await saveState(page, /^Gespeichert/);
    expect(errors).toEqual([]);
  });

  it('groups: rename, move down by keyboard button, and a delete that names what goes with it', async () => {
    await page.click(tid('merch-tab-groups'));
    await page.waitForSelector(tid('merch-group'));
    const firstName = await page.locator(tid('merch-group')).first().getAttribute('aria-label');
    await page.getByRole('button', { name: `${firstName} nach unten` }).click();
    expect(await page.locator(tid('merch-group')).nth(1).getAttribute('aria-label')).toBe(firstName);
    // The focus follows the group, so the button can be pressed again.
    expect(await focusedLabel(page)).toBe(`${firstName} nach unten`);
    // Dragged by its handle (vue-draggable-plus) from the second place to the first.
    const order = () =>
      page.locator(tid('merch-group')).evaluateAll((li) => li.map((l) => l.getAttribute('aria-label')));
    const before = await order();
    await page
      .locator(tid('merch-group'))
      .nth(1)
      .locator('.merch-groups__handle')
      .dragTo(page.locator(tid('merch-group')).nth(0).locator('.merch-groups__handle'));
    await expect.poll(order).toEqual([before[1], before[0], ...before.slice(2)]);
    const rename = page.locator(tid('merch-group')).first().locator(tid('group-name-en'));
    await rename.fill('Fruit & berries');
    await rename.press('Tab');
    await page
      .locator(tid('merch-group'))
      .first()
      .getByRole('button', { name: /löschen$/ })
      .click();
    const dialog = page.getByRole('alertdialog');
    expect(await dialog.textContent()).toMatch(/Optionen werden mitgelöscht/);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/groups-delete-de-desktop.png` });
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await saveState(page, /^Gespeichert/);
  });

  it('CSV: the preview shows a changed price old → new, and only "apply" changes the draft', async () => {
    await page.click(tid('merch-tab-options'));
    await page.selectOption(tid('merch-group-filter'), '');
    const csv = await page.evaluate(async () => (await fetch('/api/admin/catalogs/muesli/draft/options.csv')).text());
    // A row without quoted fields, so splitting at commas finds its cells.
    const lines = csv.trimEnd().split('\r\n');
    const header = lines[0]!;
    const plain = lines.findIndex((l, i) => i > 0 && !l.includes('"'));
    const cells = lines[plain]!.split(',');
    const at = header.split(',').indexOf('priceCents');
    const old = cells[at]!;
    cells[at] = String(Number(old) + 11);
    lines[plain] = cells.join(',');
    await page.fill(tid('merch-csv-text'), lines.join('\r\n'));
    await page.click(tid('merch-csv-check'));
    await page.waitForSelector(tid('merch-csv-preview'));
    const row = page.locator(tid(`csv-row-${cells[0]}`));
    expect(await row.textContent()).toContain(`${old} → ${Number(old) + 11}`);
    if (SHOTS) await page.locator(tid('merch-csv')).screenshot({ path: `${SHOTS}/csv-preview-de-desktop.png` });
    await page.click(tid('merch-csv-apply'));
    await page.waitForSelector(tid('merch-csv-preview'), { state: 'detached' });
  });

  it('an image through the detail panel shows on the tile in the preview, lazy and sized', async () => {
    await page
      .getByRole('button', { name: /^Details zu|^Details von/ })
      .first()
      .click();
    await page.waitForSelector(tid('merch-detail'));
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#d2691e' } })
      .composite([
        { input: Buffer.from('<svg width="300" height="200"><circle cx="150" cy="100" r="80" fill="#ffe4b5"/></svg>') },
      ])
      .png()
      .toBuffer();
    await page.setInputFiles(tid('merch-option-image-input'), {
      name: 'hafer.png',
      mimeType: 'image/png',
      buffer: png,
    });
    await page.waitForSelector(tid('merch-option-image-preview'));
    await page.goto(`${server.url}/merch/muesli/preview`);
    const img = page.locator(tid('tile-image')).first();
    await img.waitFor();
    expect(await img.getAttribute('loading')).toBe('lazy');
    expect([await img.getAttribute('width'), await img.getAttribute('height')]).toEqual(['56', '56']);
    expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('stock now in Chromium', () => {
  it('a fruit marked out of stock is unavailable for shoppers at once; a saved design offers the closest one', async () => {
    const owner = await shopper(server.url, 'Sam');
    const draft = await muesliDraft(server.url, 'Mit Frucht');
    const design = await saved(owner, draft);
    const fruitId = draft.selections[1]!.optionId;
    const { context, page } = await open('de');
    await page.goto(`${server.url}/merch/muesli`);
    await page.waitForSelector(tid('merch-tab-stock'));
    await page.click(tid('merch-tab-stock'));
    const toggle = page.locator(`${tid(`stock-${fruitId}`)} input`);
    await toggle.uncheck();
    await page.waitForFunction(
      (id) => document.querySelector(`[data-testid="stock-${id}"]`)?.textContent?.includes('nicht vorrätig'),
      fruitId,
    );
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/stock-de-desktop.png` });
    await context.close();

    const shopperPage = await open('de', { width: 1280, height: 900 }, owner);
    const p = shopperPage.page;
    await p.goto(`${server.url}/c/muesli`);
    const tile = p.locator(tid(`option-${fruitId}`));
    await tile.waitFor();
    expect(await tile.getAttribute('data-available')).toBe('false');
    expect(await tile.textContent()).toContain('Zurzeit nicht vorrätig');

    await p.goto(`${server.url}/d/${design.id}`);
    const notice = p.locator(tid(`stock-gone-${fruitId}`));
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/zurzeit nicht vorrätig.*Am nächsten kommt/s);
    if (SHOTS) await p.screenshot({ path: `${SHOTS}/stock-saved-design-de-desktop.png` });
    await notice.getByRole('button').click();
    await p.locator(tid(`stock-gone-${fruitId}`)).waitFor({ state: 'detached' });
    await shopperPage.context.close();
  });
});

/** Pictures of every run go to a temporary folder; with STUDIO_SCREENSHOTS=1 to screenshots/ to look at. */
const PICTURES = SHOTS || mkdtempSync(join(tmpdir(), 'prosumer-studio-'));
afterAll(() => {
  if (!SHOTS) rmSync(PICTURES, { recursive: true, force: true });
});

describe('the studio in German and English, on desktop and phone (pictures taken)', () => {
  it.each([
    ['de', 'desktop', { width: 1280, height: 900 }],
    ['en', 'desktop', { width: 1280, height: 900 }],
    ['de', 'phone', { width: 390, height: 844 }],
    ['en', 'phone', { width: 390, height: 844 }],
  ] as const)('%s %s', async (locale, device, viewport) => {
    mkdirSync(PICTURES, { recursive: true });
    const name = (what: string) => `${PICTURES}/${what}-${locale}-${device}.png`;
    const { context, page, errors } = await open(locale, viewport);
    await page.goto(`${server.url}/merch/muesli`);
    await page.waitForSelector(tid('merch-option-row'));
    const priceLabel = locale === 'de' ? /^Preis,/ : /^Price,/;
    const price = page.getByRole('row').nth(2).getByRole('textbox', { name: priceLabel });
    await price.fill('abc');
    await price.press('Tab');
    const boxes = page.locator(`${tid('merch-option-row')} input[type="checkbox"]`);
    await page.locator(tid('merch-option-row')).nth(0).locator('input[type="checkbox"]').first().check();
    await page.locator(tid('merch-option-row')).nth(2).locator('input[type="checkbox"]').first().check();
    expect(await boxes.count()).toBeGreaterThan(0);
    await page.screenshot({ path: name('table') });
    await page.click(tid('merch-tab-groups'));
    await page.waitForSelector(tid('merch-group'));
    await page
      .locator(tid('merch-group'))
      .nth(1)
      .getByRole('button', { name: locale === 'de' ? /löschen$/ : /^Delete / })
      .click();
    await page.screenshot({ path: name('groups') });
    await page.click(tid('merch-tab-options'));
    const csv = await page.evaluate(async () => (await fetch('/api/admin/catalogs/muesli/draft/options.csv')).text());
    const lines = csv.trimEnd().split('\r\n');
    const plain = lines.findIndex((l, i) => i > 0 && !l.includes('"'));
    const cells = lines[plain]!.split(',');
    const at = lines[0]!.split(',').indexOf('priceCents');
    cells[at] = String(Number(cells[at]) + 20);
    lines[plain] = cells.join(',');
    // One row left out: the preview also lists what the import would delete.
    await page.fill(tid('merch-csv-text'), lines.slice(0, -1).join('\r\n'));
    await page.click(tid('merch-csv-check'));
    await page.waitForSelector(tid('merch-csv-preview'));
    await page.locator(tid('merch-csv')).scrollIntoViewIfNeeded();
    await page.locator(tid('merch-csv')).screenshot({ path: name('csv-preview') });
    await page.goto(`${server.url}/merch/muesli/preview`);
    await page.locator(tid('tile-image')).first().waitFor();
    await page.locator(tid('tile-image')).first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.querySelectorAll('img')].every((i) => i.complete));
    await page.screenshot({ path: name('configurator-image') });
    expect(errors).toEqual([]);
    await context.close();
  });
});

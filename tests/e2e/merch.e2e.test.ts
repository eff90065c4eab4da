import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '@tests/moderation-workflow/helpers';
import { merchandiser, muesliDraft, saved, shopper, startWorkflowServer } from '@tests/merchandising/helpers';
import type { TestServer } from '@tests/setup/server';
import { launchBrowser, openPage } from './browser';

const tid = (id: string) => `[data-testid="${id}"]`;
/** Polls wait as long as the page's own waits: the machine running the browser is shared. */
const SLOW = { timeout: 10_000 };
let server: TestServer;
let browser: Browser;

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${server.url}/signin`);
  await page.fill(tid('sign-in-email'), email);
  await page.fill(tid('sign-in-password'), PASSWORD);
  await page.click(tid('sign-in-submit'));
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}

beforeAll(async () => {
  server = await startWorkflowServer({ client: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the merchandiser studio in Chromium', () => {
  it('price in the table, a fruit with nutrition through the form, publish with a note, history; the shopper moves', async () => {
    const owner = await shopper(server.url, 'Sam');
    const design = await saved(owner, await muesliDraft(server.url, 'Omas Mix'));
    const merch = await merchandiser(server.url, 'Merle');
    const { page, errors } = await openPage(browser);
    await signIn(page, merch.email);

    await page.goto(`${server.url}/merch/muesli`);
    await page.click(tid('merch-begin'));
    await page.waitForSelector(tid('merch-option-row'));
    // A price, as a shopper reads it, in the first row's "Preis" cell.
    const price = page
      .getByRole('row')
      .nth(1)
      .getByRole('textbox', { name: /^Preis,/ });
    await price.fill('3,10');
    await price.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="merch-save-state"]')?.textContent?.includes('Revision 2'),
    );

    // A new fruit through the detail form, with its nutrition.
    await page.selectOption(tid('merch-group-filter'), 'fruits');
    await page.click(tid('merch-add-option'));
    await page.waitForSelector(tid('merch-detail'));
    await page.fill(tid('detail-id'), 'drachenfrucht');
    await page.press(tid('detail-id'), 'Tab');
    await page.fill(tid('detail-name-de'), 'Drachenfrucht');
    await page.press(tid('detail-name-de'), 'Tab');
    await page.fill(tid('detail-name-en'), 'Dragon fruit');
    await page.press(tid('detail-name-en'), 'Tab');
    const nutrition = {
      energyKcal: '60',
      energyKj: '251',
      fat: '0,4',
      saturates: '0,1',
      carbohydrate: '13',
      sugars: '8',
      fibre: '3',
      protein: '1,2',
      salt: '0',
    };
    for (const [k, v] of Object.entries(nutrition)) {
      await page.fill(tid(`detail-${k}`), v);
      await page.press(tid(`detail-${k}`), 'Tab');
    }
    const row = page.getByRole('row', { name: 'Drachenfrucht' });
    await row.getByRole('textbox', { name: /^Gramm je Portion,/ }).fill('25');
    await row.getByRole('textbox', { name: /^Gramm je Portion,/ }).press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="merch-save-state"]')?.textContent?.startsWith('Gespeichert'),
    );

    // A rule through the builder: the dragon fruit not together with sultanas.
    await page.click(tid('merch-tab-rules'));
    await page.selectOption(tid('rule-new-kind'), 'excludes');
    await page.click(tid('rule-add'));
    await page.selectOption(tid('rule-new-a-value'), 'drachenfrucht');
    await page.selectOption(tid('rule-new-b-value'), 'sultaninen');
    const sentence = 'Drachenfrucht nicht zusammen mit Sultaninen';
    expect(await page.textContent(tid('rule-form-sentence'))).toBe(sentence);
    await expect.poll(() => page.textContent(tid('rule-example')), SLOW).toContain('1 × Drachenfrucht');
    await page.click(tid('rule-form-save'));
    await expect.poll(() => page.locator(tid('rule-sentence')).allTextContents(), SLOW).toContain(sentence);
    await page.waitForSelector(tid('rule-analysis-ok'));
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="merch-save-state"]')?.textContent?.startsWith('Gespeichert'),
    );

    // The draft in the real configurator: the new fruit is there, and the rule greys out the sultanas.
    await page.getByRole('link', { name: 'Vorschau im Konfigurator' }).click();
    await page.waitForURL(/\/merch\/muesli\/preview$/);
    await page.click(`${tid('option-drachenfrucht')} ${tid('increment')}`);
    await expect.poll(() => page.getAttribute(tid('option-sultaninen'), 'data-available'), SLOW).toBe('false');
    expect(await page.textContent(tid('option-sultaninen'))).toContain('Passt nicht zu Drachenfrucht');
    await page.goBack();
    await page.waitForSelector(tid('merch-option-row'));

    // Diff (labels, euros, the rule as a sentence) and impact, then publish with a note.
    await page.click(tid('merch-tab-publish'));
    await page.waitForSelector(tid('merch-diff'));
    await expect.poll(() => page.textContent(tid('merch-diff')), SLOW).toContain('Drachenfrucht');
    const diff = (await page.textContent(tid('merch-diff')))!;
    expect(diff).toMatch(/Preis\s*[\d,]+\s€\s*→\s*3,10\s€/);
    expect(diff).toContain(`Neue Regel: ${sentence}`);
    expect(diff).not.toContain('priceCents');
    await page.fill(tid('merch-note'), 'Hafer teurer, Drachenfrucht neu');
    // Enabled once the last edit is saved and the draft has no errors (slow on a loaded machine).
    await page.click(tid('merch-publish'), { timeout: 30_000 });
    await page.waitForSelector(tid('merch-version'));
    expect(await page.textContent(tid('merch-versions'))).toContain('Hafer teurer, Drachenfrucht neu');
    // Dates as a German reader writes them ("01.12.2026, 11:30"), not en-US ("12/1/2026, 11:30 AM").
    expect(await page.textContent(tid('merch-version-date'))).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
    expect(errors).toEqual([]);

    // The shopper's design, on version 1, offers the newer version and moves.
    const shopperPage = await openPage(browser);
    await signIn(shopperPage.page, owner.email);
    await shopperPage.page.goto(`${server.url}/d/${design.id}`);
    await shopperPage.page.waitForSelector(tid('design-upgrade'));
    expect(await shopperPage.page.textContent(tid('design-upgrade'))).toContain('Neuere Version verfügbar');
    await shopperPage.page.click(tid('design-upgrade-button'));
    await expect.poll(async () => (await owner.client.get(`/api/designs/${design.id}`)).json.catalogVersion).toBe(2);
  }, 150_000);

  it('a rule applied after another merchandiser saved: the conflict says so, re-applying keeps both', async () => {
    const [mine, other] = [await merchandiser(server.url, 'Maja'), await merchandiser(server.url, 'Otto')];
    const started = await mine.client.post('/api/admin/catalogs', { fromCatalog: 'label' });
    expect(started.status).toBe(201);
    const { page, errors } = await openPage(browser);
    await signIn(page, mine.email);
    await page.goto(`${server.url}/merch/label`);
    await page.click(tid('merch-tab-rules'));
    await page.waitForSelector(tid('rule-add'));
    // Otto renames the catalog while Maja's page still holds the first revision.
    const renamed = await other.client.patch(
      '/api/admin/catalogs/label/draft',
      [{ op: 'replace', path: '/name/de', value: 'Etikett von Otto' }],
      { 'if-match': `"${started.json.revision}"` },
    );
    expect(renamed.status, renamed.text).toBe(200);
    await page.selectOption(tid('rule-new-kind'), 'groupCount');
    await page.click(tid('rule-add'));
    await page.fill('#rule-new-max', '2');
    await page.click(tid('rule-form-save'));
    await page.waitForSelector(tid('merch-stale'));
    expect(await page.textContent(tid('merch-stale'))).toContain('Otto');
    await page.getByRole('button', { name: /erneut anwenden/ }).click();
    await expect
      .poll(async () => {
        const { draft } = (await mine.client.get('/api/admin/catalogs/label/draft')).json;
        return [draft.name.de, draft.rules.at(-1).max];
      }, SLOW)
      .toEqual(['Etikett von Otto', 2]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('the preview of a catalog without a draft says so and begins one; an unknown catalog is not found', async () => {
    const merch = await merchandiser(server.url, 'Mia');
    const { page, errors } = await openPage(browser);
    await signIn(page, merch.email);
    await page.goto(`${server.url}/merch/burger/preview`);
    await page.waitForSelector(tid('preview-no-draft'));
    expect(await page.textContent(tid('preview-no-draft'))).toContain('keinen Entwurf');
    await page.click(tid('preview-begin'));
    await page.waitForSelector(tid('preview-note'));
    expect((await merch.client.get('/api/admin/catalogs/burger/draft')).status).toBe(200);
    // A catalog that does not exist at all is not offered a draft.
    await page.goto(`${server.url}/merch/no-such-catalog/preview`);
    await page.waitForSelector(tid('error-state'));
    expect(await page.locator(tid('preview-begin')).count()).toBe(0);
    expect(errors).toEqual([]);
  }, 60_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { TestServer } from '@tests/setup/server';
import { startTestServer } from '@tests/setup/server';
import { moderator, saved, shopper, type Person } from '@tests/moderation-workflow/helpers';
import { ADMIN } from '@tests/moderation-workflow/helpers';
import { launchBrowser, openPage } from './browser';

const tid = (id: string) => `[data-testid="${id}"]`;
const OATS = 'haferflocken-kernig';

describe('community in a real browser', () => {
  let server: TestServer;
  let browser: Browser;
  let publicId: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({
        client: true,
        env: {
          ADMIN_EMAIL: ADMIN.email,
          ADMIN_PASSWORD: ADMIN.password,
          SUGGESTIONS_MIN_SUPPORT: '2',
          SUGGESTIONS_REFRESH_SECONDS: '1',
          RATE_LIMIT_REGISTER: '0',
          RATE_LIMIT_WRITE: '0',
        },
      }),
      launchBrowser(),
    ]);
    const author: Person = await shopper(server.url, 'Anna');
    const mod = await moderator(server.url, 'Mona');
    for (let i = 0; i < 3; i++)
      await saved(author, {
        catalogId: 'muesli',
        name: `Feige ${i}`,
        selections: [
          { optionId: OATS, quantity: 2 },
          { optionId: 'feigen', quantity: 1 },
        ],
      });
    publicId = (
      await saved(author, {
        catalogId: 'muesli',
        name: 'Omas Frühstück',
        selections: [
          { optionId: OATS, quantity: 2 },
          { optionId: 'feigen', quantity: 1 },
        ],
      })
    ).id;
    await author.client.post(`/api/designs/${publicId}/submit`);
    await mod.client.post(`/api/moderation/designs/${publicId}/approve`);
    const fan = await shopper(server.url, 'Ben');
    await fan.client.put(`/api/designs/${publicId}/vote`);
    await fan.client.post(`/api/designs/${publicId}/reviews`, { rating: 4, text: 'Sehr lecker' });
    // The counts refresh every second: wait until the API suggests figs with oats.
    for (let i = 0; i < 50; i++) {
      const res = await fan.client.post('/api/catalogs/muesli/suggestions', {
        selections: [{ optionId: OATS, quantity: 1 }],
      });
      if (res.json.items.some((s: { optionId: string }) => s.optionId === 'feigen')) break;
      await new Promise((ok) => setTimeout(ok, 200));
    }
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('"Oft kombiniert mit" appears after choosing oats and adds a suggestion in one click', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${server.url}/c/muesli`);
    await page.waitForSelector(tid('configurator'));
    expect(await page.locator(tid('suggestions')).count()).toBe(0);
    await page.click(`${tid(`option-${OATS}`)} ${tid('increment')}`);
    const fig = page.locator(tid('suggestion-feigen'));
    await fig.waitFor();
    expect(await page.textContent(tid('suggestions'))).toContain('Oft kombiniert mit');
    expect(await fig.textContent()).toContain('Wird oft mit Haferflocken, kernig kombiniert');
    await fig.click();
    expect(Number(await page.textContent(`${tid('option-feigen')} ${tid('quantity')}`))).toBe(1);
    await page.locator(tid('suggestion-feigen')).waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the design page shows votes, rating and the share buttons', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${server.url}/d/${publicId}`);
    await page.waitForSelector(tid('design-community'));
    expect(await page.textContent(tid('design-votes'))).toContain('1 Stimme');
    expect(await page.textContent(tid('design-rating'))).toContain('4,0 von 5 Sternen (1 Bewertung)');
    expect(await page.locator(tid('share-copy')).isVisible()).toBe(true);
    expect(await page.textContent(tid('design-community'))).toContain('von Anna');
    expect(errors).toEqual([]);
    await context.close();
  });
});

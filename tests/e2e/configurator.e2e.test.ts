import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Catalog, Selection } from '@shared/catalog/types';
import { computeTotals } from '@shared/totals';
import muesliJson from '@catalogs/muesli.json';
import { openPage, useBrowserAndServer } from './browser';

const muesli = muesliJson as unknown as Catalog;
const eur = (cents: number) =>
  new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const tid = (id: string) => `[data-testid="${id}"]`;
const option = (id: string) => tid(`option-${id}`);

/** The first in-stock option of a group (skipping `skip`), so the test follows the seed catalog. */
function pick(groupId: string, skip: string[] = []): string {
  const found = muesli.options.find(
    (o) => o.groupId === groupId && o.inStock && !skip.includes(o.id) && !o.tags.includes('sweet'),
  );
  if (!found) throw new Error(`The muesli catalog has no usable option in group ${groupId}; adjust the e2e test.`);
  return found.id;
}

async function price(page: Page): Promise<string> {
  return (await page.textContent(tid('total-price')))!.trim();
}

async function quantity(page: Page, optionId: string): Promise<number> {
  return Number(await page.textContent(`${option(optionId)} ${tid('quantity')}`));
}

describe('configurator in a real browser', () => {
  const world = useBrowserAndServer();

  it('composes a muesli, saves it, and reopens the same design and totals after a reload', async () => {
    const { page, context, errors } = await openPage(world.browser);
    await page.goto(world.server.url + '/');
    await page.click(tid('start-muesli'));
    await page.waitForSelector(tid('configurator'));
    expect(await price(page)).toBe(eur(muesli.basePriceCents));
    expect(await page.isDisabled(tid('save'))).toBe(true);

    const base = pick('base');
    const fruit = pick('fruits');
    const nut = pick('nuts-seeds');
    await page.click(`${option(base)} ${tid('increment')}`);
    await page.click(`${option(base)} ${tid('increment')}`);
    await page.click(`${option(fruit)} ${tid('increment')}`);
    await page.click(`${option(nut)} ${tid('increment')}`);
    const selections: Selection[] = [
      { optionId: base, quantity: 2 },
      { optionId: fruit, quantity: 1 },
      { optionId: nut, quantity: 1 },
    ];
    const totals = computeTotals(muesli, { catalogId: 'muesli', selections });
    expect(await price(page)).toBe(eur(totals.priceCents));
    expect(await page.textContent(tid('total-weight'))).toContain(String(totals.weightGrams));

    await page.fill('#input-name', 'Mein E2E-Müsli');
    expect(await page.isEnabled(tid('save'))).toBe(true);
    await page.click(tid('save'));
    await page.waitForURL(/\/d\/[^/]+$/);
    await page.waitForSelector(tid('toast'));
    const url = page.url();

    await page.reload();
    await page.waitForSelector(tid('configurator'));
    expect(page.url()).toBe(url);
    expect(await page.textContent(tid('design-title'))).toBe('Mein E2E-Müsli');
    expect(await price(page)).toBe(eur(totals.priceCents));
    expect(await quantity(page, base)).toBe(2);
    expect(await quantity(page, fruit)).toBe(1);
    expect(await quantity(page, nut)).toBe(1);
    expect(await page.textContent(tid('save-note'))).toMatch(/gespeichert/);

    await page.click(tid('nav-designs'));
    await page.waitForSelector(tid('design-list'));
    expect(await page.textContent(tid('design-list'))).toContain('Mein E2E-Müsli');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('greys out heavy options with "bag full" and only lets a valid design be saved', async () => {
    const { page, context, errors } = await openPage(world.browser);
    await page.goto(`${world.server.url}/c/muesli`);
    await page.waitForSelector(tid('configurator'));
    const addable = `${tid('group-base')} [data-available="true"] ${tid('increment')}`;
    for (let i = 0; i < 40 && (await page.$(addable)); i++) {
      await page.click(addable);
      // Save is enabled exactly when nothing is missing and no rule is broken.
      const open = (await page.$(tid('missing'))) ?? (await page.$(tid('global-errors')));
      expect(await page.isEnabled(tid('save'))).toBe(open === null);
    }
    const weight = Number((await page.textContent(tid('total-weight')))!.replace(/\D/g, ''));
    expect(weight).toBeLessThanOrEqual(575);
    expect(weight).toBeGreaterThan(575 - 75);

    const greyed = await page.$$(`${tid('group-base')} [data-available="false"]`);
    expect(greyed.length).toBeGreaterThan(0);
    const empty = await page.$(`${tid('group-base')} [data-available="false"]:has(${tid('quantity')}:text-is("0"))`);
    const target = empty ?? greyed[0];
    expect(await target.$eval(tid('increment'), (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    expect(await target.getAttribute('aria-disabled')).toBe('true');
    const reason = await target.$(tid('reason'));
    expect(await reason!.textContent()).toMatch(/Beutel/);
    // The reason shows on hover and on focus, not only as a title attribute.
    await target.hover();
    await page.waitForFunction((el) => getComputedStyle(el!).visibility === 'visible', reason, { timeout: 5000 });
    await page.mouse.move(0, 0);
    await target.$eval(tid('reason-toggle'), (b) => (b as HTMLElement).focus());
    await page.waitForFunction((el) => getComputedStyle(el!).visibility === 'visible', reason, { timeout: 5000 });

    expect(await page.isEnabled(tid('save'))).toBe(true);
    // Taking the base away leaves no valid design: Save is disabled and says why.
    for (let i = 0; i < 40 && (await page.$(`${tid('group-base')} ${tid('decrement')}:not([disabled])`)); i++) {
      await page.click(`${tid('group-base')} ${tid('decrement')}:not([disabled])`);
    }
    expect(await page.isDisabled(tid('save'))).toBe(true);
    expect(await page.textContent(tid('save-note'))).toMatch(/offenen Punkte/);
    expect(await page.$(tid('missing'))).not.toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});

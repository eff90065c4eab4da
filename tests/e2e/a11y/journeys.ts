import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { submitted } from '@tests/moderation-workflow/helpers';
import { announced, focused, tabTo } from './keyboard';
import { contextFor, VARIANTS, type World } from './world';

const tid = (id: string) => `[data-testid="${id}"]`;
const DESKTOP = VARIANTS[0];

/** Opens `path` as `role` in German on a desktop; the page fails the journey on uncaught errors. */
async function open(browser: Browser, world: World, role: 'visitor' | 'moderator' | 'merchandiser', path: string) {
  const context = await contextFor(browser, world, role, DESKTOP);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(world.base + path);
  return { context, page, errors };
}

/** A shopper composes and saves a muesli with the keyboard alone: skip links, search, jump links, steppers. */
export async function shopperJourney(browser: Browser, world: World): Promise<string> {
  const { context, page, errors } = await open(browser, world, 'visitor', '/c/muesli');
  await page.waitForSelector(tid('configurator'));
  await tabTo(page, tid('skip-summary'), { max: 3 });
  await tabTo(page, '#input-name');
  await page.keyboard.type('Tastaturmüsli');

  await tabTo(page, tid('option-search'));
  await page.keyboard.type('KERNIG');
  expect(await announced(page, 'Zutat gefunden')).toBe('Eine Zutat gefunden');
  await page.keyboard.press('Enter');
  expect((await focused(page)).testid).toBe('increment');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  const said = await announced(page, 'Haferflocken, kernig: 2');
  expect(said).toContain('Beutel: 150 g von 575 g');
  expect(said).toContain('Vollständig, kann gespeichert werden');

  await tabTo(page, tid('option-search'), { back: true });
  await page.keyboard.press('Escape');
  expect(await page.inputValue(tid('option-search'))).toBe('');
  await tabTo(page, tid('group-link-fruits'), { back: true });
  await page.keyboard.press('Enter');
  expect((await focused(page)).id).toBe('group-fruits');
  await tabTo(page, `${tid('group-fruits')} ${tid('increment')}`);
  await page.keyboard.press('Enter');
  const fruit = await announced(page, 'Beutel: 170 g von 575 g');

  await tabTo(page, tid('skip-save'), { back: true });
  await page.keyboard.press('Enter');
  expect((await focused(page)).testid).toBe('save');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/d\/[^/]+$/);
  expect(await page.textContent(tid('design-title'))).toBe('Tastaturmüsli');
  expect(errors).toEqual([]);
  await context.close();
  return `${said} | ${fruit}`;
}

/** A moderator approves one design and rejects another with a template and a note, by keyboard. */
export async function moderatorJourney(browser: Browser, world: World): Promise<void> {
  const approveId = await submitted(world.base, world.people.other, 'Wintermüsli');
  const rejectId = await submitted(world.base, world.people.other, 'Sommermüsli');
  const { context, page, errors } = await open(browser, world, 'moderator', '/moderation');
  const approveItem = tid(`queue-item-${approveId}`);
  const rejectItem = tid(`queue-item-${rejectId}`);
  await page.waitForSelector(rejectItem);

  await tabTo(page, `${approveItem} ${tid('approve')}`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(approveItem, { state: 'detached' });
  expect((await focused(page)).tag).not.toBe('body');

  await tabTo(page, `${rejectItem} ${tid('reject')}`);
  await page.keyboard.press('Enter');
  expect((await focused(page)).testid).toBe('reason-template');
  await page.keyboard.press('Escape');
  expect((await focused(page)).testid).toBe('reject');
  await page.keyboard.press('Enter');
  expect((await focused(page)).testid).toBe('reason-template');
  await page.keyboard.press('ArrowDown');
  expect(await page.inputValue(`${rejectItem} ${tid('reason-template')}`)).not.toBe('');
  await tabTo(page, `${rejectItem} ${tid('reason-text')}`, { max: 2 });
  await page.keyboard.type('Bitte einen anderen Namen.');
  await tabTo(page, `${rejectItem} ${tid('reason-confirm')}`, { max: 2 });
  await page.keyboard.press('Enter');
  await page.waitForSelector(rejectItem, { state: 'detached' });

  const status = async (id: string) => (await world.people.other.client.get(`/api/designs/${id}`)).json.status;
  expect(await status(approveId)).toBe('public');
  expect(await status(rejectId)).toBe('rejected');
  expect(errors).toEqual([]);
  await context.close();
}

/** A merchandiser edits the draft (the English product name), saves it and publishes it, by keyboard. */
export async function merchandiserJourney(browser: Browser, world: World): Promise<void> {
  const { context, page, errors } = await open(browser, world, 'merchandiser', '/merch/muesli');
  page.on('dialog', (d) => void d.accept());
  // The studio opens on the options table; the JSON view is its last tab (arrow keys move between tabs).
  await page.waitForSelector('#merch-tab-options');
  await tabTo(page, '#merch-tab-options');
  await page.keyboard.press('ArrowLeft');
  await page.waitForSelector(tid('merch-editor'));
  await tabTo(page, tid('merch-editor'));
  // Down to the line with the English name, to its end, and in front of the closing quote.
  const lines = (await page.inputValue(tid('merch-editor'))).split('\n');
  const line = lines.findIndex((l) => l.includes('"en": "Your muesli"'));
  expect(line).toBeGreaterThan(0);
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press(lines[line].endsWith(',') ? 'ArrowLeft' : 'End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(' mix');

  await tabTo(page, tid('merch-save'));
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await world.sessions.merchandiser.get('/api/admin/catalogs/muesli/draft')).json.draft.name.en)
    .toBe('Your muesli mix');
  // Back to the tabs, two to the left: "Prüfen & veröffentlichen".
  await tabTo(page, '#merch-tab-json', { back: true });
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.waitForSelector(`${tid('merch-publish')}:not([disabled])`);
  await tabTo(page, tid('merch-publish'));
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await world.sessions.merchandiser.get('/api/catalogs/muesli')).json.version).toBe(2);

  const catalog = (await world.sessions.merchandiser.get('/api/catalogs/muesli')).json;
  expect(catalog.name.en).toBe('Your muesli mix');
  expect(catalog.version).toBe(2);
  expect(errors).toEqual([]);
  await context.close();
}

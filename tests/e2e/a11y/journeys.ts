import type { Browser, Page } from 'playwright-core';
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

/** Polls wait as long as the page's own waits: autosave and the server take their time on a loaded machine. */
const SLOW = { timeout: 20_000 };

/** Presses the right arrow in a tab list until the tab with `id` has focus (however many tabs lie between). */
async function arrowToTab(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 10 && (await focused(page)).id !== id; i++) await page.keyboard.press('ArrowRight');
  expect((await focused(page)).id).toBe(id);
}

/**
 * A merchandiser changes a price in the options table, tightens a rule in the rule builder
 * and publishes, by keyboard alone (the JSON tab is not needed).
 */
export async function merchandiserJourney(browser: Browser, world: World): Promise<void> {
  const { context, page, errors } = await open(browser, world, 'merchandiser', '/merch/muesli');
  page.on('dialog', (d) => void d.accept());
  const draft = async () => (await world.sessions.merchandiser.get('/api/admin/catalogs/muesli/draft')).json.draft;
  // The studio opens on the options table: Tab to the first row's price, type a new one, Enter.
  await page.waitForSelector(tid('merch-option-row'));
  await tabTo(page, `${tid('cell-price')}[data-row="0"]`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0,99');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await draft()).options[0].priceCents, SLOW).toBe(99);

  // Back to the tabs; the arrow keys move to "Regeln". The fruits rule's form: its "Höchstens" field, Enter applies.
  await tabTo(page, '#merch-tab-options', { back: true });
  await arrowToTab(page, 'merch-tab-rules');
  const fruits = (await draft()).rules.findIndex((r: { id: string }) => r.id === 'fruits-max');
  await tabTo(page, tid(`rule-edit-${fruits}`));
  await page.keyboard.press('Enter');
  await tabTo(page, `#rule-${fruits}-max`, { max: 5 });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('4');
  expect(await page.textContent(tid('rule-form-sentence'))).toBe('Höchstens 4 aus Früchte');
  await page.keyboard.press('Enter');
  // Focus returns to the rule's edit button once the form closes.
  await expect.poll(async () => (await focused(page)).testid, SLOW).toBe(`rule-edit-${fruits}`);
  await expect.poll(async () => (await draft()).rules[fruits].max, SLOW).toBe(4);

  // On along the tabs to "Prüfen & veröffentlichen".
  await tabTo(page, '#merch-tab-rules', { back: true });
  await arrowToTab(page, 'merch-tab-publish');
  await page.waitForSelector(`${tid('merch-publish')}:not([disabled])`);
  // The diff and the impact arrive above the button: tab once the panel has stopped growing.
  await page.waitForSelector(`${tid('merch-publish-panel')}[aria-busy="false"]`);
  await tabTo(page, tid('merch-publish'));
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await world.sessions.merchandiser.get('/api/catalogs/muesli')).json.version, SLOW)
    .toBe(2);

  const catalog = (await world.sessions.merchandiser.get('/api/catalogs/muesli')).json;
  expect(catalog.options[0].priceCents).toBe(99);
  expect(catalog.rules.find((r: { id: string }) => r.id === 'fruits-max').max).toBe(4);
  expect(errors).toEqual([]);
  await context.close();
}

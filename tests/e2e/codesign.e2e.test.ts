/** Two (and three) browsers on one shared design, in Chromium, against the real app. */
import { describe, expect, it } from 'vitest';
import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import type { DesignDraft } from '@shared/catalog/types';
import { nearlyFull as nearlyFullDraft } from '@tests/codesign/liveClient';
import { openPage as openBrowserPage, useBrowserAndServer } from './browser';

/** A browser session; generous waits, the machine running the tests may be busy. */
async function openPage(browser: Browser) {
  const opened = await openBrowserPage(browser);
  opened.page.setDefaultTimeout(30_000);
  return opened;
}

const tid = (id: string) => `[data-testid="${id}"]`;
const option = (id: string) => tid(`option-${id}`);
const quantity = async (page: Page, id: string) =>
  Number((await page.textContent(`${option(id)} ${tid('quantity')}`).catch(() => '0')) || 0);
const waitQuantity = (page: Page, id: string, q: number, timeout = 10_000) =>
  page.waitForFunction(
    ([sel, want]) => Number(document.querySelector(sel as string)?.textContent ?? 0) === want,
    [`${option(id)} ${tid('quantity')}`, q] as const,
    { timeout },
  );

/** 525 g of flakes in a 575 g bag (tests/codesign/liveClient.ts), as this page names it. */
const nearlyFull: DesignDraft = { ...nearlyFullDraft, name: 'Gemeinsames Müsli' };

/** A call to the API from inside the page, with its cookie and origin (as the app's own code does). */
function call<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ([m, p, b]) => {
      const res = await fetch(p as string, {
        method: m as string,
        headers: { 'Content-Type': 'application/json' },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return res.json();
    },
    [method, path, body] as const,
  ) as Promise<T>;
}

describe('designing together in real browsers', () => {
  const world = useBrowserAndServer();

  /**
   * Anna owns a design and invites Ben (editor link opened in his browser); both on the page, live.
   * `beforeBen` runs on Ben's page before it opens anything (to route its live socket).
   */
  async function twoOnOneDesign(draft: DesignDraft, beforeBen?: (page: Page) => Promise<void>) {
    const anna = await openPage(world.browser);
    await anna.page.goto(world.server.url + '/');
    const { id } = await call<{ id: string }>(anna.page, 'POST', '/api/designs', draft);
    const { url } = await call<{ url: string }>(anna.page, 'POST', `/api/designs/${id}/invites`, { role: 'editor' });
    const ben = await openPage(world.browser);
    await beforeBen?.(ben.page);
    await ben.page.goto(url);
    await ben.page.waitForURL(`**/d/${id}`);
    await anna.page.goto(`${world.server.url}/d/${id}`);
    for (const p of [anna.page, ben.page]) await p.waitForSelector(`${tid('codesign-state')}:has-text("gespeichert")`);
    return { id, anna, ben };
  }

  it('an edit shows in the other browser within a second; + at once in both counts twice', async () => {
    const { anna, ben } = await twoOnOneDesign({
      ...nearlyFull,
      selections: [{ optionId: 'haferflocken-kernig', quantity: 2 }],
    });
    expect(await anna.page.isVisible(tid('save'))).toBe(false);
    await anna.page.click(`${option('cornflakes')} ${tid('increment')}`);
    await waitQuantity(ben.page, 'cornflakes', 1, 1000);
    await Promise.all([
      anna.page.click(`${option('cornflakes')} ${tid('increment')}`),
      ben.page.click(`${option('cornflakes')} ${tid('increment')}`),
    ]);
    await Promise.all([waitQuantity(anna.page, 'cornflakes', 3), waitQuantity(ben.page, 'cornflakes', 3)]);
    // Presence: each sees the other.
    await ben.page.waitForSelector(`${tid('presence-person')}:has-text("Gast")`);
    expect(anna.errors.concat(ben.errors)).toEqual([]);
    await anna.context.close();
    await ben.context.close();
  }, 120_000);

  it('two additions that overflow the bag together: one applied, the other refused with its reason; both show the stored state', async () => {
    // Ben's live socket runs through a relay that can hold what the server sends him: while it
    // holds, Anna's addition commits and Ben's screen has not yet heard of it, so he adds to a
    // bag that still looks roomy. (Two presses timed to one moment are not enough on a busy
    // machine: the second page may already have the first commit and grey its button out.)
    let holding = false;
    const held: (string | Buffer)[] = [];
    let toBen: WebSocketRoute | undefined;
    const { id, anna, ben } = await twoOnOneDesign(nearlyFull, (page) =>
      page.routeWebSocket(/\/live\b/, (ws) => {
        const server = ws.connectToServer();
        toBen = ws;
        server.onMessage((m) => (holding ? held.push(m) : ws.send(m)));
      }),
    );
    const plus = `${option('cornflakes')} ${tid('increment')}`;
    holding = true;
    await anna.page.click(plus);
    // The room committed Anna's addition: its commit is on its way to Ben, held.
    await expect.poll(() => held.some((m) => JSON.parse(String(m)).type === 'commit'), { timeout: 10_000 }).toBe(true);
    expect(await quantity(ben.page, 'cornflakes')).toBe(0);
    await ben.page.click(plus);
    holding = false;
    for (const m of held.splice(0)) toBen!.send(m);
    await Promise.all([waitQuantity(anna.page, 'cornflakes', 1), waitQuantity(ben.page, 'cornflakes', 1)]);
    // Ben, refused, sees the reason in the bar and, for 8 s, as a toast (the bar may fold away).
    const notice = await ben.page.waitForSelector(`${tid('codesign-notice')}, .toast--error:has-text("Beutel")`);
    expect(await notice.textContent()).toMatch(/Beutel/);
    expect(await notice.textContent()).toMatch(/– Gast( \S+)? hat gerade 50 g Cornflakes[^.]* hinzugefügt/);
    const stored = await call<{ selections: unknown[] }>(anna.page, 'GET', `/api/designs/${id}`);
    expect(stored.selections).toContainEqual({ optionId: 'cornflakes', quantity: 1 });
    for (const p of [anna.page, ben.page]) await p.waitForSelector(`${tid('codesign-state')}:has-text("gespeichert")`);
    await anna.context.close();
    await ben.context.close();
  }, 120_000);

  it('the viewer link shows live edits and cannot edit', async () => {
    const anna = await openPage(world.browser);
    await anna.page.goto(world.server.url + '/');
    const { id } = await call<{ id: string }>(anna.page, 'POST', '/api/designs', nearlyFull);
    const { url } = await call<{ url: string }>(anna.page, 'POST', `/api/designs/${id}/invites`, { role: 'viewer' });
    const viewer = await openPage(world.browser);
    await viewer.page.goto(url);
    await viewer.page.waitForSelector(tid('viewer-note'));
    await anna.page.goto(`${world.server.url}/d/${id}`);
    await anna.page.waitForSelector(`${tid('codesign-state')}:has-text("gespeichert")`);
    await anna.page.click(`${option('cornflakes')} ${tid('increment')}`);
    await waitQuantity(viewer.page, 'cornflakes', 1);
    expect(await viewer.page.isDisabled(`${option('haferflocken-zart')} ${tid('decrement')}`)).toBe(true);
    expect(await viewer.page.isVisible(tid('undo'))).toBe(false);
    expect(await quantity(viewer.page, 'haferflocken-zart')).toBe(3);
    await anna.context.close();
    await viewer.context.close();
  }, 120_000);

  it('the others’ live edits are announced politely: one announcement for a burst, saying who', async () => {
    const { anna, ben } = await twoOnOneDesign({
      ...nearlyFull,
      selections: [{ optionId: 'haferflocken-kernig', quantity: 2 }],
    });
    // Every text the polite region says, as a screen reader would hear it.
    await anna.page.evaluate(() => {
      const region = document.querySelector('[data-testid="announcer"]')!;
      const said: string[] = ((window as unknown as { said: string[] }).said = []);
      new MutationObserver(() => region.textContent && said.push(region.textContent)).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await ben.page.click(`${option('cornflakes')} ${tid('increment')}`);
    await ben.page.click(`${option('apfelstuecke')} ${tid('increment')}`);
    await waitQuantity(anna.page, 'apfelstuecke', 1);
    await anna.page.waitForFunction(() => (window as unknown as { said: string[] }).said.length > 0);
    await new Promise((ok) => setTimeout(ok, 1000));
    const said = await anna.page.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^Gast \S+ hat geändert – /);
    expect(said[0]).toContain('Cornflakes');
    expect(said[0]).toContain('Apfelstücke');
    // Said in the page's one polite live region (a status), never as an interrupting alert.
    const region = anna.page.locator(tid('announcer'));
    expect([await region.getAttribute('role'), await region.getAttribute('aria-live')]).toEqual(['status', 'polite']);
    expect(await anna.page.locator('[aria-live="assertive"], [role="alert"]').count()).toBe(0);
    await anna.context.close();
    await ben.context.close();
  }, 120_000);
});

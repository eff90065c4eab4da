import { expect, it } from 'vitest';
import type { Catalog } from '@shared/catalog/types';
import muesliJson from '@catalogs/muesli.json';
import { openPage, useBrowserAndServer } from './browser';

const muesli = muesliJson as unknown as Catalog;
const tid = (id: string) => `[data-testid="${id}"]`;
const firstInStock = (groupId: string) => muesli.options.find((o) => o.groupId === groupId && o.inStock)!.id;

const world = useBrowserAndServer();

it('a tab holding an older state cannot overwrite a newer save: it says so, and the newer save stays', async () => {
  const { page: first, context, errors } = await openPage(world.browser);
  await first.goto(`${world.server.url}/c/muesli`);
  await first.waitForSelector(tid('configurator'));
  for (const group of ['base', 'base', 'fruits'])
    await first.click(`${tid(`option-${firstInStock(group)}`)} ${tid('increment')}`);
  await first.fill('#input-name', 'Erster Tab');
  await first.click(tid('save'));
  await first.waitForURL(/\/d\/[^/]+$/);
  // The same shopper opens the design in a second tab (same cookies).
  const second = await context.newPage();
  await second.goto(first.url());
  await second.waitForSelector(tid('configurator'));
  // The first tab saves a change; the second, still on the older revision, then saves its own.
  await first.fill('#input-name', 'Neuer Name');
  await first.click(tid('save'));
  await first.waitForSelector(`${tid('save-note')}:has-text("gespeichert")`);
  await second.fill('#input-name', 'Alter Stand');
  await second.click(tid('save'));
  const alert = await second.waitForSelector(tid('save-error'));
  expect(await alert.textContent()).toMatch(/anderswo geändert/);
  const id = first.url().split('/').pop();
  const stored = await (
    await fetch(`${world.server.url}/api/designs/${id}`, {
      headers: { cookie: (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
    })
  ).json();
  expect(stored.name).toBe('Neuer Name');
  expect(errors).toEqual([]);
  await context.close();
});

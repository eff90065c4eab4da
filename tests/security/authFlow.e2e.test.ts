import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '@shared/catalog/types';
import muesliJson from '@catalogs/muesli.json';
import { launchBrowser, openPage } from '@tests/e2e/browser';
import { startTestServer, type TestServer } from '@tests/setup/server';
import { PASSWORD, signedUp, uniqueEmail } from './helpers';

const ADMIN_PASSWORD = 'admin password 1';

const muesli = muesliJson as unknown as Catalog;
const tid = (id: string) => `[data-testid="${id}"]`;
const pick = (groupId: string) =>
  muesli.options.find((o) => o.groupId === groupId && o.inStock && !o.tags.includes('sweet'))!.id;

describe('accounts in a real browser', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startTestServer({
        client: true,
        env: { RATE_LIMIT_REGISTER: '100', ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: ADMIN_PASSWORD },
      }),
      launchBrowser(),
    ]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a guest saves a design, signs up, and finds it under "my designs"', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${server.url}/c/muesli`);
    await page.waitForSelector(tid('configurator'));
    for (const id of [pick('base'), pick('base'), pick('fruits')])
      await page.click(`${tid(`option-${id}`)} ${tid('increment')}`);
    await page.fill('#input-name', 'Gast-Müsli');
    await page.click(tid('save'));
    await page.waitForURL(/\/d\/[^/]+$/);

    await page.goto(`${server.url}/signup`);
    expect(await page.textContent('h1')).toBe('Konto anlegen');
    await page.fill(tid('sign-up-email'), uniqueEmail('e2e'));
    await page.fill(tid('sign-up-name'), 'E2E');
    await page.fill(tid('sign-up-password'), 'kurz');
    await page.click(tid('sign-up-submit'));
    expect(await page.textContent('[role="alert"]')).toMatch(/mindestens 10 Zeichen/);
    await page.fill(tid('sign-up-password'), PASSWORD);
    await page.click(tid('sign-up-submit'));

    await page.waitForURL(/\/designs$/);
    await page.waitForSelector(tid('design-list'));
    expect(await page.textContent(tid('design-list'))).toContain('Gast-Müsli');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the admin signs in, finds a user by email and grants a role', async () => {
    const bob = await signedUp(server.url, 'bob');
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${server.url}/admin/users`);
    await page.waitForSelector(tid('admin-only'));
    await page.goto(`${server.url}/signin?redirect=/admin/users`);
    await page.fill(tid('sign-in-email'), 'admin@example.org');
    await page.fill(tid('sign-in-password'), 'not the password');
    await page.click(tid('sign-in-submit'));
    expect(await page.textContent(tid('sign-in-error'))).toMatch(/stimmt nicht/);
    await page.fill(tid('sign-in-password'), ADMIN_PASSWORD);
    await page.click(tid('sign-in-submit'));
    await page.waitForURL(/\/admin\/users$/);
    await page.fill(tid('admin-users-search'), 'bob');
    await page.press(tid('admin-users-search'), 'Enter');
    const row = tid(`admin-user-${bob.id}`);
    await page.click(`${row} ${tid('role-moderator')}`);
    await page.waitForSelector(`${row} ${tid('role-moderator')}:checked`);
    expect((await bob.client.get('/api/auth/me')).json.roles).toEqual(['shopper', 'moderator']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

import { mount } from '@vue/test-utils';
import { describe, expect, test } from 'vitest';
import { createI18n } from 'vue-i18n';
import de from '@client/i18n/auth.de.json';
import en from '@client/i18n/auth.en.json';
import AuthRoleToggles from './AuthRoleToggles.vue';
import { safeRedirect } from './authMessages';

const keys = (o: object, p = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${p}${k}.`) : [`${p}${k}`]));
const i18n = () => createI18n({ legacy: false, locale: 'en', messages: { de, en } });

describe('auth messages', () => {
  test('German and English have the same keys, and every message compiles', () => {
    expect(keys(en)).toEqual(keys(de));
    const { global } = i18n();
    for (const locale of ['de', 'en'] as const) {
      global.locale.value = locale;
      for (const key of keys(de)) expect(global.t(key, { min: 10, max: 200, name: 'Anna' })).not.toBe(key);
    }
  });
});

describe('safeRedirect', () => {
  test.each([
    ['/designs/abc', '/designs/abc'],
    ['//evil.example', '/designs'],
    ['/\\evil.example', '/designs'],
    ['https://evil.example', '/designs'],
    ['javascript:alert(1)', '/designs'],
    [undefined, '/designs'],
  ])('%s → %s', (value, expected) => expect(safeRedirect(value)).toBe(expected));
});

describe('AuthRoleToggles', () => {
  test('offers every role but shopper, and asks for the new set without changing by itself', async () => {
    const w = mount(AuthRoleToggles, {
      props: { roles: ['shopper', 'moderator'], label: 'Roles', lockedRoles: ['admin'] },
      global: { plugins: [i18n()] },
    });
    expect(w.find('[data-testid="role-shopper"]').exists()).toBe(false);
    expect(w.find<HTMLInputElement>('[data-testid="role-admin"]').element.disabled).toBe(true);
    const merch = w.find<HTMLInputElement>('[data-testid="role-merchandiser"]');
    await merch.setValue(true);
    expect(w.emitted('change')).toEqual([[['shopper', 'merchandiser', 'moderator']]]);
    expect(merch.element.checked).toBe(false); // until the parent passes the saved roles
    await w.find('[data-testid="role-moderator"]').setValue(false);
    expect(w.emitted('change')?.[1]).toEqual([['shopper']]);
  });
});

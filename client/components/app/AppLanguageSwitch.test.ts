import { afterEach, describe, expect, it } from 'vitest';
import { i18n, initialLocale, setLocale } from '@client/i18n';
import { mountWith } from '@client/testing/mountWith';
import AppLanguageSwitch from './AppLanguageSwitch.vue';

describe('AppLanguageSwitch', () => {
  afterEach(() => setLocale('de'));

  it('switches the language, remembers it and updates <html lang>', async () => {
    setLocale('de');
    const w = mountWith(AppLanguageSwitch);
    expect(w.get('[data-testid="lang-de"]').attributes('aria-pressed')).toBe('true');
    await w.get('[data-testid="lang-en"]').trigger('click');
    expect(i18n.global.locale.value).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('prosumer.locale')).toBe('en');
    expect(initialLocale()).toBe('en');
    expect(w.get('[data-testid="lang-en"]').attributes('aria-pressed')).toBe('true');
    expect(w.get('[role="group"]').attributes('aria-label')).toBe('Language');
  });

  it('names each button by its visible text first (WCAG 2.5.3), with the language in full after it', () => {
    const w = mountWith(AppLanguageSwitch);
    const de = w.get('[data-testid="lang-de"]');
    expect(de.attributes('aria-label')).toBeUndefined();
    expect(de.text().replace(/\s+/g, ' ')).toBe('DE Deutsch');
    expect(de.attributes('lang')).toBe('de');
    expect(w.get('[data-testid="lang-en"]').text().replace(/\s+/g, ' ')).toBe('EN English');
  });
});

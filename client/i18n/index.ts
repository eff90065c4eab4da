import { createI18n } from 'vue-i18n';
import type { Locale } from '@shared/catalog/types';
import a11yDe from './a11y.de.json';
import a11yEn from './a11y.en.json';
import authDe from './auth.de.json';
import authEn from './auth.en.json';
import codesignDe from './codesign.de.json';
import codesignEn from './codesign.en.json';
import communityDe from './community.de.json';
import communityEn from './community.en.json';
import de from './de.json';
import en from './en.json';
import moderationDe from './moderation.de.json';
import merchDe from './merch.de.json';
import merchEn from './merch.en.json';
import moderationEn from './moderation.en.json';
import revisionsDe from './revisions.de.json';
import revisionsEn from './revisions.en.json';

export type MessageSchema = typeof de &
  typeof authDe &
  typeof moderationDe &
  typeof merchDe &
  typeof revisionsDe &
  typeof codesignDe &
  typeof a11yDe &
  typeof communityDe &
  // Loaded with the insights page only (client/views/MerchInsightsView.vue merges them in).
  Partial<typeof import('./insights.de.json')> &
  // Loaded with the studio only: rules, diff, preview (client/components/merch/merchStudioMessages.ts).
  Partial<typeof import('./merchStudio.de.json')>;

const STORAGE_KEY = 'prosumer.locale';

/** The locale remembered in this browser, else German (the shop's default). */
export function initialLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'de' || stored === 'en') return stored;
  } catch {
    // Storage can be blocked (private mode); German is fine then.
  }
  return 'de';
}

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'de',
  messages: {
    de: { ...de, ...authDe, ...moderationDe, ...merchDe, ...revisionsDe, ...codesignDe, ...a11yDe, ...communityDe },
    en: { ...en, ...authEn, ...moderationEn, ...merchEn, ...revisionsEn, ...codesignEn, ...a11yEn, ...communityEn },
  },
  missingWarn: false,
  fallbackWarn: false,
});

/** Switches the UI language, remembers it and tells assistive tech via `<html lang>`. */
export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered; the switch still works for this visit.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** The current UI locale; reactive inside computed and watchers. */
export function currentLocale(): Locale {
  return i18n.global.locale.value;
}

if (typeof document !== 'undefined') document.documentElement.lang = i18n.global.locale.value;

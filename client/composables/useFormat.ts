import { computed } from 'vue';
import type { LocalizedText } from '@shared/catalog/types';
import { i18n } from '@client/i18n';

const TAGS: Record<string, string> = { de: 'de-DE', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

function formatter(locale: string, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${locale}|${key}`;
  let f = cache.get(id);
  if (!f) cache.set(id, (f = new Intl.NumberFormat(TAGS[locale] ?? locale, options)));
  return f;
}

/** Number, price and weight formatting in the UI language; formatters are made once. */
export function useFormat() {
  const locale = computed(() => i18n.global.locale.value);
  return {
    locale,
    /** Euro cents as a price: "4,50 €" / "€4.50". */
    price: (cents: number) =>
      formatter(locale.value, 'eur', { style: 'currency', currency: 'EUR' }).format(cents / 100),
    grams: (g: number) => `${formatter(locale.value, 'g', { maximumFractionDigits: 0 }).format(g)} g`,
    number: (n: number, digits = 1) =>
      formatter(locale.value, `n${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n),
    /** A moment (ISO string) as date and time in the UI language: "01.12.2026, 12:05" / "1 Dec 2026, 12:05". */
    dateTime: (iso: string) => {
      const id = `${locale.value}|dt`;
      let f = dates.get(id);
      if (!f) dates.set(id, (f = new Intl.DateTimeFormat(TAGS[locale.value] ?? locale.value, DATE_TIME)));
      return f.format(new Date(iso));
    },
    /** A catalog's two-language text in the UI language. */
    text: (t: LocalizedText | undefined) => (t ? t[locale.value] || t.de : ''),
  };
}

import { computed } from 'vue';
import type { LocalizedText } from '@shared/catalog/types';
import { i18n } from '@client/i18n';

const TAGS: Record<string, string> = { de: 'de-DE', en: 'en-GB' };
const numbers = new Map<string, Intl.NumberFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
/** A moment as the API sends it (an ISO string) or as the browser has it. */
type Moment = string | number | Date;

/** The BCP 47 tag a UI language formats with ("de" → "de-DE"), for libraries that format by themselves. */
export const localeTag = (locale: string) => TAGS[locale] ?? locale;

/** The formatter for a UI language ("de", "en"), made once per language and kind. */
function cached<F>(map: Map<string, F>, locale: string, key: string, make: (tag: string) => F): F {
  const id = `${locale}|${key}`;
  let f = map.get(id);
  if (!f) map.set(id, (f = make(localeTag(locale))));
  return f;
}
const numberFormat = (locale: string, key: string, options: Intl.NumberFormatOptions) =>
  cached(numbers, locale, key, (tag) => new Intl.NumberFormat(tag, options));
const dateFormat = (locale: string, key: string, options: Intl.DateTimeFormatOptions) =>
  cached(dates, locale, key, (tag) => new Intl.DateTimeFormat(tag, options));

/** Euro cents as an amount with two decimals and no sign, for an input: "1,20" / "1.20". */
export const formatEuros = (cents: number, locale: string) =>
  numberFormat(locale, 'eur2', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);

/**
 * Number, price, weight and date formatting in the UI language (never the browser's own),
 * so the DE/EN switch changes every figure on the page; formatters are made once.
 */
export function useFormat() {
  const locale = computed(() => i18n.global.locale.value);
  return {
    locale,
    /** Euro cents as a price: "4,50 €" / "€4.50". */
    price: (cents: number) =>
      numberFormat(locale.value, 'eur', { style: 'currency', currency: 'EUR' }).format(cents / 100),
    grams: (g: number) => `${numberFormat(locale.value, 'g', { maximumFractionDigits: 0 }).format(g)} g`,
    number: (n: number, digits = 1) =>
      numberFormat(locale.value, `n${digits}`, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(n),
    /** A number as the language writes it, up to three decimals: "1.250,5" / "1,250.5". */
    decimal: (n: number) => numberFormat(locale.value, 'n', {}).format(n),
    /** A moment as date and time in the UI language: "01.12.2026, 12:05" / "1 Dec 2026, 12:05". */
    dateTime: (at: Moment) => dateFormat(locale.value, 'dt', DATE_TIME).format(new Date(at)),
    /** A moment's day in the UI language: "01.12.2026" / "1 Dec 2026". */
    date: (at: Moment) => dateFormat(locale.value, 'd', DATE).format(new Date(at)),
    /** A catalog's two-language text in the UI language. */
    text: (t: LocalizedText | undefined) => (t ? t[locale.value] || t.de : ''),
  };
}

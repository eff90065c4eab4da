/**
 * The building blocks of localized message tables: each rule kind (and each analysis check)
 * keeps its own table beside its logic; `shared/i18n/ruleMessages.ts` joins them into one.
 */
import type { Locale } from '@shared/catalog/types';

export type MessageParams = Record<string, string | number>;
export type MessageText = (p: MessageParams) => string;
/** Code → German and English text. */
export type MessageTable = Record<string, { de: MessageText; en: MessageText }>;

/** A typed `say(code, locale, params)` over one table: a code missing from it does not compile. */
export function speaker<T extends MessageTable>(table: T) {
  return (code: keyof T & string, locale: Locale, params: MessageParams = {}): string =>
    table[code][locale === 'en' ? 'en' : 'de'](params);
}

/** Numbers as a shopper reads them: at most one decimal, German decimal comma. */
export function formatNumber(value: number, locale: Locale): string {
  const rounded = Math.round(value * 10) / 10;
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return locale === 'de' ? text.replace('.', ',') : text;
}

/** Joins names as "A, B oder C" / "A, B or C", abbreviated after four. */
export function joinNames(names: readonly string[], locale: Locale, word: 'and' | 'or' = 'and'): string {
  const shown = names.length > 4 ? [...names.slice(0, 3), '…'] : [...names];
  if (shown.length <= 1) return shown.join('');
  const last = shown.pop();
  const joiner = { and: { de: ' und ', en: ' and ' }, or: { de: ' oder ', en: ' or ' } }[word][locale];
  return `${shown.join(', ')}${joiner}${last}`;
}

/** The label in `locale`, German when the English one is empty. */
export function localized(text: { de?: string; en?: string } | undefined, locale: Locale): string {
  return (text && (text[locale] || text.de)) || '';
}

/** "Bag" for "bag": a label that starts a sentence. */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

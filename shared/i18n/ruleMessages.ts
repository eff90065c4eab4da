/**
 * Shopper-facing texts of rule violations and guidance reasons, in both shop languages.
 * One entry per stable code; the same code appears in `Violation.code` and in the UI,
 * so a client may also re-render a message from `code` + `params` in its own words.
 */
import type { Locale } from '@shared/catalog/types';

export type MessageParams = Record<string, string | number>;
type Text = (p: MessageParams) => string;

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

const u = (p: MessageParams) => (p.unit ? ` ${p.unit}` : '');
/** "The bag" reads better than "The Bag" in running English text. */
const the = (p: MessageParams) => `The ${String(p.label).charAt(0).toLowerCase()}${String(p.label).slice(1)}`;

const MESSAGES: Record<string, { de: Text; en: Text }> = {
  unknown_option: { de: (p) => `Unbekannte Option: ${p.option}`, en: (p) => `Unknown option: ${p.option}` },
  duplicate_selection: {
    de: (p) => `${p.option} ist mehrfach gewählt`,
    en: (p) => `${p.option} is selected more than once`,
  },
  quantity_range: {
    de: (p) => `${p.option}: ${p.quantity} Stück, erlaubt sind ${p.min} bis ${p.max}`,
    en: (p) => `${p.option}: ${p.quantity} units, allowed are ${p.min} to ${p.max}`,
  },
  quantity_step: {
    de: (p) => `${p.option}: nur in Schritten von ${p.step} ab ${p.min}`,
    en: (p) => `${p.option}: only in steps of ${p.step} from ${p.min}`,
  },
  quantity_max: { de: (p) => `Höchstmenge erreicht: ${p.max}`, en: (p) => `Maximum reached: ${p.max}` },
  out_of_stock: { de: (p) => `Ausverkauft: ${p.options}`, en: (p) => `Out of stock: ${p.options}` },
  out_of_stock_option: { de: () => 'Ausverkauft', en: () => 'Out of stock' },
  unknown_diet: { de: (p) => `Unbekannte Ernährungsweise: ${p.diet}`, en: (p) => `Unknown diet: ${p.diet}` },
  catalog_mismatch: {
    de: (p) => `Der Entwurf gehört zum Katalog ${p.design}, nicht zu ${p.catalog}`,
    en: (p) => `The design belongs to catalog ${p.design}, not ${p.catalog}`,
  },
  malformed_design: { de: () => 'Der Entwurf ist unlesbar', en: () => 'The design cannot be read' },
  group_min: {
    de: (p) => (p.min === 1 ? `Wähle etwas aus „${p.group}“` : `Wähle mindestens ${p.min} aus „${p.group}“`),
    en: (p) => (p.min === 1 ? `Choose one from “${p.group}”` : `Choose at least ${p.min} from “${p.group}”`),
  },
  group_max: {
    de: (p) => `Höchstens ${p.max} aus „${p.group}“ (gewählt: ${p.count})`,
    en: (p) => `At most ${p.max} from “${p.group}” (chosen: ${p.count})`,
  },
  capacity_max: {
    de: (p) => `${p.label} ist voll: höchstens ${p.max}${u(p)} (jetzt ${p.value}${u(p)})`,
    en: (p) => `${the(p)} is full: at most ${p.max}${u(p)} (now ${p.value}${u(p)})`,
  },
  capacity_min: {
    de: (p) => `${p.label}: mindestens ${p.min}${u(p)} (jetzt ${p.value}${u(p)})`,
    en: (p) => `${the(p)} needs at least ${p.min}${u(p)} (now ${p.value}${u(p)})`,
  },
  capacity_full: {
    de: (p) => `${p.label} voll: ${p.value} von ${p.max}${u(p)}`,
    en: (p) => `${the(p)} is full: ${p.value} of ${p.max}${u(p)}`,
  },
  excludes: {
    de: (p) => `${p.a} passt nicht zu ${p.b}`,
    en: (p) => `${p.a} cannot be combined with ${p.b}`,
  },
  excludes_option: { de: (p) => `Passt nicht zu ${p.options}`, en: (p) => `Cannot be combined with ${p.options}` },
  requires: { de: (p) => `${p.options} braucht ${p.needs}`, en: (p) => `${p.options} needs ${p.needs}` },
  requires_unavailable: {
    de: (p) => `Braucht ${p.needs}, das gerade nicht wählbar ist`,
    en: (p) => `Needs ${p.needs}, which cannot be chosen now`,
  },
  diet: { de: (p) => `Nicht ${p.label}: ${p.options}`, en: (p) => `Not ${p.label}: ${p.options}` },
  diet_option: { de: (p) => `Nicht ${p.label}`, en: (p) => `Not ${p.label}` },
  dead_end: {
    de: () => 'Aus dieser Auswahl lässt sich kein gültiges Produkt mehr fertigstellen',
    en: () => 'No valid product can be completed from this selection',
  },
  no_completion: {
    de: () => 'Damit lässt sich kein gültiges Produkt mehr fertigstellen',
    en: () => 'No valid product can be completed with this',
  },
  design_invalid: { de: () => 'Erst die Auswahl reparieren', en: () => 'Repair the design first' },
  text_required: { de: (p) => `${p.label} fehlt`, en: (p) => `${p.label} is required` },
  text_too_short: {
    de: (p) => `${p.label}: mindestens ${p.min} Zeichen`,
    en: (p) => `${p.label}: at least ${p.min} characters`,
  },
  text_too_long: {
    de: (p) => `${p.label}: höchstens ${p.max} Zeichen (jetzt ${p.length})`,
    en: (p) => `${p.label}: at most ${p.max} characters (now ${p.length})`,
  },
  text_characters: {
    de: (p) => `${p.label}: nicht erlaubte Zeichen ${p.characters}`,
    en: (p) => `${p.label}: characters not allowed ${p.characters}`,
  },
  text_invalid: { de: (p) => `${p.label}: kein Text`, en: (p) => `${p.label}: not a text` },
  unknown_text_field: { de: (p) => `Unbekanntes Textfeld: ${p.field}`, en: (p) => `Unknown text field: ${p.field}` },
  engine_error: {
    de: () => 'Die Regeln konnten nicht geprüft werden',
    en: () => 'The rules could not be checked',
  },
};

/** The localized message for `code`; an unknown code is a bug in the caller. */
export function ruleMessage(code: string, locale: Locale, params: MessageParams = {}): string {
  const entry = MESSAGES[code];
  if (!entry) throw new Error(`No rule message for code "${code}": add it to shared/i18n/ruleMessages.ts`);
  return entry[locale === 'en' ? 'en' : 'de'](params);
}

/** Every code that has a message (tests check that each emitted code is listed). */
export const RULE_MESSAGE_CODES: readonly string[] = Object.keys(MESSAGES);

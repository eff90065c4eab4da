/**
 * Shopper-facing texts of rule violations and guidance reasons, in both shop languages.
 * One entry per stable code; the same code appears in `Violation.code` and in the UI,
 * so a client may also re-render a message from `code` + `params` in its own words.
 */
import type { Locale } from '@shared/catalog/types';
import { RULE_KINDS } from '@shared/rules/kinds';
import type { MessageParams, MessageTable } from './messages';

export { formatNumber, joinNames, type MessageParams } from './messages';

/** Messages of the built-in checks and of the engine itself; each rule kind carries its own. */
const BUILT_IN = {
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
  out_of_stock: {
    de: (p) => `Zurzeit nicht vorrätig: ${p.options}`,
    en: (p) => `Currently out of stock: ${p.options}`,
  },
  out_of_stock_option: { de: () => 'Zurzeit nicht vorrätig', en: () => 'Currently out of stock' },
  unknown_diet: { de: (p) => `Unbekannte Ernährungsweise: ${p.diet}`, en: (p) => `Unknown diet: ${p.diet}` },
  catalog_mismatch: {
    de: (p) => `Der Entwurf gehört zum Katalog ${p.design}, nicht zu ${p.catalog}`,
    en: (p) => `The design belongs to catalog ${p.design}, not ${p.catalog}`,
  },
  malformed_design: { de: () => 'Der Entwurf ist unlesbar', en: () => 'The design cannot be read' },
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
} satisfies MessageTable;

type KindMessages = (typeof RULE_KINDS)[number]['messages'];
type KeysOf<T> = T extends unknown ? keyof T & string : never;

/** Every code a violation or guidance reason of the engine can carry. */
export type RuleCode = keyof typeof BUILT_IN | KeysOf<KindMessages>;

const MESSAGES: Record<string, MessageTable[string]> = Object.assign(
  {},
  BUILT_IN,
  ...RULE_KINDS.map((k) => k.messages),
);

/** The localized message for `code`; an unknown code is a bug in the caller. */
export function ruleMessage(code: RuleCode, locale: Locale, params: MessageParams = {}): string {
  const entry = MESSAGES[code];
  if (!entry) throw new Error(`No rule message for code "${code}": add it to shared/i18n/ruleMessages.ts`);
  return entry[locale === 'en' ? 'en' : 'de'](params);
}

/** Every code that has a message (tests check that each emitted code is listed). */
export const RULE_MESSAGE_CODES = Object.keys(MESSAGES) as readonly RuleCode[];

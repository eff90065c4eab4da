/**
 * The words of every catalog error, German and English, by its stable `code`: the server
 * sends `message` in English, the studio re-renders `code` + `params` in the UI language.
 */
import type { CatalogErrorParams } from './schemaFindings';
import type { Locale } from './types';

type Text = (p: CatalogErrorParams) => string;

const MESSAGES: Record<string, { de: Text; en: Text }> = {
  schema_required: { de: () => 'fehlt', en: () => 'is required' },
  schema_unknown_property: {
    de: () => 'ist kein bekanntes Feld: entfernen oder Schreibweise prüfen',
    en: () => 'is not a known property: remove it or fix its spelling',
  },
  schema_enum: { de: (p) => `muss eines davon sein: ${p.allowed}`, en: (p) => `must be one of: ${p.allowed}` },
  schema_const: { de: (p) => `muss ${p.value} sein`, en: (p) => `must be ${p.value}` },
  schema_reserved: { de: () => 'ist reserviert: anderen Namen wählen', en: () => 'is reserved: choose another name' },
  schema_blank: { de: () => 'darf nicht leer sein', en: () => 'must not be blank' },
  schema_pattern: { de: (p) => `muss zu ${p.pattern} passen`, en: (p) => `must match ${p.pattern}` },
  schema_type: { de: (p) => `muss vom Typ ${p.type} sein`, en: (p) => `must be ${p.type}` },
  schema_limit: { de: (p) => `muss ${p.comparison} ${p.limit} sein`, en: (p) => `must be ${p.comparison} ${p.limit}` },
  schema_minLength: {
    de: (p) => `braucht mindestens ${p.limit} Zeichen`,
    en: (p) => `must NOT have fewer than ${p.limit} characters`,
  },
  schema_maxLength: {
    de: (p) => `darf höchstens ${p.limit} Zeichen haben`,
    en: (p) => `must NOT have more than ${p.limit} characters`,
  },
  schema_minItems: {
    de: (p) => `braucht mindestens ${p.limit} Einträge`,
    en: (p) => `must NOT have fewer than ${p.limit} items`,
  },
  schema_maxItems: {
    de: (p) => `darf höchstens ${p.limit} Einträge haben`,
    en: (p) => `must NOT have more than ${p.limit} items`,
  },
  schema_minProperties: {
    de: (p) => `braucht mindestens ${p.limit} Felder`,
    en: (p) => `must NOT have fewer than ${p.limit} properties`,
  },
  schema_maxProperties: {
    de: (p) => `darf höchstens ${p.limit} Felder haben`,
    en: (p) => `must NOT have more than ${p.limit} properties`,
  },
  schema_any_of_missing: { de: (p) => `braucht eines davon: ${p.fields}`, en: (p) => `needs one of: ${p.fields}` },
  schema_any_of: { de: () => 'passt zu keiner erlaubten Form', en: () => 'does not match any allowed shape' },
  schema_other: { de: (p) => `ist ungültig (${p.keyword})`, en: (p) => `fails ${p.keyword}` },
  regex_invalid: {
    de: (p) => `ist kein gültiger regulärer Ausdruck: ${p.detail}`,
    en: (p) => `is not a valid unicode regular expression: ${p.detail}`,
  },
  diet_tag_unused: {
    de: (p) => `keine Option trägt das Merkmal „${p.tag}“`,
    en: (p) => `no option carries the tag "${p.tag}"`,
  },
  nutrition_saturates: {
    de: (p) => `gesättigte Fettsäuren ${p.saturates} über Fett ${p.fat}`,
    en: (p) => `saturates ${p.saturates} exceed fat ${p.fat}`,
  },
  nutrition_sugars: {
    de: (p) => `Zucker ${p.sugars} über Kohlenhydraten ${p.carbohydrate}`,
    en: (p) => `sugars ${p.sugars} exceed carbohydrate ${p.carbohydrate}`,
  },
  nutrition_energy: {
    de: (p) => `${p.energyKj} kJ passen nicht zu ${p.energyKcal} kcal (erwartet etwa ${p.expected})`,
    en: (p) => `energyKj ${p.energyKj} does not match energyKcal ${p.energyKcal} (expected about ${p.expected})`,
  },
  range_order: {
    de: (p) => `Höchstwert ${p.max} liegt unter Mindestwert ${p.min}`,
    en: (p) => `max ${p.max} is below min ${p.min}`,
  },
  text_length_order: {
    de: (p) => `Höchstlänge ${p.maxLength} liegt unter Mindestlänge ${p.minLength}`,
    en: (p) => `maxLength ${p.maxLength} is below minLength ${p.minLength}`,
  },
  group_min_unreachable: {
    de: (p) => `Mindestens ${p.min}, aber Gruppe „${p.group}“ hat nur ${p.size} Optionen`,
    en: (p) => `min ${p.min} exceeds the ${p.size} options of group "${p.group}"`,
  },
  unknown_attribute: {
    de: (p) =>
      `unbekanntes Merkmal „${p.attribute}“: weightGrams, priceCents, quantity, ein Nährwert oder ein Attribut einer Option`,
    en: (p) =>
      `unknown attribute "${p.attribute}": use weightGrams, priceCents, quantity, a nutrient or a key of some option's attributes`,
  },
  quantity_order: {
    de: (p) => `Höchstmenge ${p.max} liegt unter Mindestmenge ${p.min}`,
    en: (p) => `quantity max ${p.max} is below min ${p.min}`,
  },
  quantity_step: {
    de: (p) => `Schritt ${p.step} führt nicht von ${p.min} nach ${p.max}`,
    en: (p) => `step ${p.step} does not lead from min ${p.min} to max ${p.max}`,
  },
  duplicate_id: {
    de: (p) => `doppelte ID „${p.id}“, zuerst bei ${p.first}`,
    en: (p) => `duplicate id "${p.id}", first used at ${p.first}`,
  },
  unknown_group: { de: (p) => `unbekannte Gruppe „${p.group}“`, en: (p) => `unknown group "${p.group}"` },
  group_empty: { de: (p) => `Gruppe „${p.group}“ hat keine Optionen`, en: (p) => `group "${p.group}" has no options` },
  unknown_option: { de: (p) => `unbekannte Option „${p.option}“`, en: (p) => `unknown option "${p.option}"` },
  search_too_hard: {
    de: (p) =>
      `Die Regeln sind zu schwer zu durchsuchen: Die Hinweise brauchten für ein Design mehr als ${p.limit} Schritte. Kapazitäts- und Anzahlregeln lockern oder aufteilen.`,
    en: (p) =>
      `The rules are too hard to search: guidance needed more than ${p.limit} steps for some design. Loosen or split the capacity and count rules.`,
  },
  draft_id: { de: (p) => `Die ID muss „${p.id}“ bleiben.`, en: (p) => `The id must stay "${p.id}".` },
  draft_version: {
    de: (p) => `Die Version muss größer sein als die veröffentlichte Version ${p.published}.`,
    en: (p) => `The version must be greater than the published version ${p.published}.`,
  },
};

/** The English message of a code (what a finding's `message` holds). */
export const englishMessage = (code: string, params: CatalogErrorParams): string => MESSAGES[code]?.en(params) ?? code;

/** A finding with its English message filled in from the code. */
export const finding = (pointer: string, code: string, params: CatalogErrorParams = {}) => ({
  pointer,
  code,
  params,
  message: englishMessage(code, params),
});

/** A catalog error in the UI language; unknown codes fall back to the English message sent. */
export function catalogErrorText(
  error: { code?: string; params?: CatalogErrorParams; message: string },
  locale: Locale,
): string {
  const words = error.code ? MESSAGES[error.code] : undefined;
  if (!words) return error.message;
  if (locale === 'en') return error.message;
  const params = error.params ?? {};
  const text = words.de(params);
  return params.key !== undefined ? `Schlüssel „${params.key}“ ${text}` : text;
}

/** Whether a code has German and English words (every code a check emits must). */
export const hasCatalogMessage = (code: string): boolean => code in MESSAGES;

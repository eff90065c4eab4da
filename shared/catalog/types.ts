/**
 * Catalog format v1: the data a merchandiser writes and every configurator reads.
 * The JSON meta-schema in `catalogs/catalog.schema.json` is the authority on what is
 * allowed; these types mirror it field by field.
 */

import type { TextPolicy } from '../moderation';

/** Text in the two shop languages; German is the default and always present. */
export interface LocalizedText {
  de: string;
  en: string;
}

export type Locale = 'de' | 'en';
export const LOCALES: readonly Locale[] = ['de', 'en'];

/** The 14 allergens the EU requires to be declared (Regulation 1169/2011, Annex II). */
export const ALLERGENS = [
  'gluten',
  'crustaceans',
  'eggs',
  'fish',
  'peanuts',
  'soybeans',
  'milk',
  'nuts',
  'celery',
  'mustard',
  'sesame',
  'sulphites',
  'lupin',
  'molluscs',
] as const;
export type Allergen = (typeof ALLERGENS)[number];

/** Nutrition per 100 g, as on an EU nutrition label. */
export interface Nutrition {
  energyKj: number;
  energyKcal: number;
  fat: number;
  saturates: number;
  carbohydrate: number;
  sugars: number;
  fibre: number;
  protein: number;
  salt: number;
}
export const NUTRIENTS: readonly (keyof Nutrition)[] = [
  'energyKj',
  'energyKcal',
  'fat',
  'saturates',
  'carbohydrate',
  'sugars',
  'fibre',
  'protein',
  'salt',
];

/** How many units of one option a design may hold; a quantity of 0 means "not chosen". */
export interface QuantityLimits {
  /** Smallest quantity once chosen (default 1). */
  min: number;
  /** Largest quantity (default 1: a plain on/off option). */
  max: number;
  /** Quantities go up in these steps from `min` (default 1). */
  step: number;
}

export interface CatalogOption {
  /** Unique in the catalog, `^[a-z0-9][a-z0-9-]*$`. */
  id: string;
  groupId: string;
  name: LocalizedText;
  description?: LocalizedText;
  /** Price of one unit (portion) in euro cents. */
  priceCents: number;
  /** Weight of one unit in grams (0 for things like a font or a colour). */
  weightGrams: number;
  /** Per 100 g; absent for non-food options. */
  nutrition?: Nutrition;
  allergens: Allergen[];
  /** Free tags; diets and excludes refer to them (`vegan`, `gluten-free`, `organic`, ...). */
  tags: string[];
  /** Further numeric attributes a capacity rule can sum (for example `layers`, `patties`). */
  attributes?: Record<string, number>;
  quantity?: Partial<QuantityLimits>;
  /** False while out of stock: it cannot be added. */
  inStock: boolean;
  /** CSS colour used by the visual preview. */
  color?: string;
  /** Image URL (relative to the app or absolute https). */
  image?: string;
}

export interface CatalogGroup {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
}

/** Picks options: one by id, all with a tag, or all in a group. */
export type OptionSelector = { option: string } | { tag: string } | { group: string };

/** Distinct options chosen in a group must lie in [min, max]. */
export interface GroupCountRule {
  kind: 'groupCount';
  id: string;
  group: string;
  min?: number;
  max?: number;
}

/**
 * The sum of an attribute times quantity over the chosen options (optionally only those
 * matching `scope`) must lie in [min, max]. Attribute is `weightGrams`, `priceCents`,
 * `quantity` (counts units), a nutrition key such as `energyKcal` (per unit: value per
 * 100 g × weight / 100), or a key of `attributes`.
 */
export interface CapacityRule {
  kind: 'capacity';
  id: string;
  attribute: string;
  scope?: OptionSelector;
  min?: number;
  max?: number;
  /** Short name of the limit shown to shoppers ("Beutel", "Schichten"). */
  label: LocalizedText;
  unit?: string;
}

/** No option matching `a` together with any option matching `b`. */
export interface ExcludesRule {
  kind: 'excludes';
  id: string;
  a: OptionSelector;
  b: OptionSelector;
}

/** If an option matching `if` is chosen, at least one of `anyOf` must be chosen too. */
export interface RequiresRule {
  kind: 'requires';
  id: string;
  if: OptionSelector;
  anyOf: OptionSelector[];
}

/** A diet the shopper may choose: it forbids every option that lacks `tag`. */
export interface DietRule {
  kind: 'diet';
  /** Also the value put in `design.diets`. */
  id: string;
  tag: string;
  label: LocalizedText;
}

export type Rule = GroupCountRule | CapacityRule | ExcludesRule | RequiresRule | DietRule;
export type RuleKind = Rule['kind'];

/** A free text the shopper writes (label line, dedication). */
export interface TextField {
  id: string;
  label: LocalizedText;
  required: boolean;
  minLength?: number;
  maxLength: number;
  /** A JavaScript regular expression (unicode mode) every character must match, e.g. `[\p{L}\p{N} .,!?'-]`. */
  allowedCharacters?: string;
  placeholder?: LocalizedText;
}

export type PreviewKind = 'jar' | 'burger' | 'label';

export interface Catalog {
  /** Format version of this file. */
  schemaVersion: 1;
  id: string;
  /** Published version number; a draft carries the number it will get. */
  version: number;
  name: LocalizedText;
  description?: LocalizedText;
  currency: 'EUR';
  /** Fixed price of the container (bag, bun wrapper, jar) in cents, added to every design. */
  basePriceCents: number;
  preview: PreviewKind;
  groups: CatalogGroup[];
  options: CatalogOption[];
  rules: Rule[];
  textFields: TextField[];
  /** What the text filter's mild and review levels do for this catalog's designs and reviews (default: the site's). */
  textPolicy?: Partial<TextPolicy>;
}

/** One chosen option and how many units of it. */
export interface Selection {
  optionId: string;
  quantity: number;
}

/** What a shopper composes; the wire shape of a design draft. */
export interface DesignDraft {
  catalogId: string;
  catalogVersion?: number;
  name?: string;
  selections: Selection[];
  texts?: Record<string, string>;
  /** Ids of diet rules the shopper chose. */
  diets?: string[];
}

/** Quantity limits with the defaults filled in. */
export function quantityLimits(option: CatalogOption): QuantityLimits {
  return { min: 1, max: 1, step: 1, ...option.quantity };
}

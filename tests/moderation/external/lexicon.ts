/**
 * Which external dictionary words are offensive, decided from the external lists alone: a word
 * is offensive when it is a listed word, one of its dictionary inflections (Arschlöcher,
 * gefickt), or a two-part compound of a listed stem and another dictionary word
 * (Arsch|kriecher, Klug|scheißer), linking element allowed, or a listed stem with a German prefix
 * and ending (ver|arsch|en, an|scheiß|en); English: a listed dictionary word with a regular
 * ending (bitch|es, wank|ing). Everything else the dictionary holds, minus any word some list
 * names at all or that is derived the same way from such a word, is an innocent word.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  anyListed,
  englishListed,
  englishOffensive,
  englishWords,
  germanListed,
  germanOffensive,
  germanWords,
  lemmaForms,
  packageVersions,
} from './sources';

const LINKS = ['', 's', 'es', 'n', 'en', 'er', 'e'];
/**
 * English inflection and derivation endings a listed word may take (bitch → bitches, bitchy,
 * bitchiness), by regular English spelling: a final e drops before a vowel (rape → raping), a
 * final consonant may double (shag → shagging), -s after s/x/z/sh/ch is -es. Only from listed
 * words of four or more letters that are English dictionary words themselves: cuss also lists
 * fragments (`cunn`, `pric`, `floo`) that would otherwise label cunning, pricing and flood.
 */
const EN_VOWEL_ENDINGS = [
  'ed',
  'ing',
  'ings',
  'er',
  'ers',
  'y',
  'ier',
  'iest',
  'ies',
  'iness',
  'ily',
  'ish',
  'ism',
  'isms',
];
const EN_CONSONANT_ENDINGS = ['fest', 'fests', 'less', 'ly'];
function englishForms(stem: string): string[] {
  const out: string[] = [];
  const sibilant = /(s|x|z|sh|ch)$/.test(stem);
  out.push(stem + (sibilant ? 'es' : 's'));
  const base = stem.endsWith('e') ? stem.slice(0, -1) : stem;
  for (const e of EN_VOWEL_ENDINGS) {
    out.push(base + e);
    if (/[^aeiou][aeiou][bdgklmnprtz]$/.test(stem)) out.push(stem + stem.slice(-1) + e);
    if (stem.endsWith('y')) out.push(stem.slice(0, -1) + e.replace(/^y$/, 'ie'));
  }
  for (const e of EN_CONSONANT_ENDINGS) out.push(stem + e);
  if (stem.endsWith('y')) out.push(stem.slice(0, -1) + 'ies');
  return out;
}
/** German verbal prefixes and the endings of inflected and derived forms (for the labelling rule below). */
const DE_PREFIX =
  /^(an|ab|auf|aus|be|durch|ge|rum|herum|ver|zer|zu|abzu|anzu|aufzu|auszu|ange|abge|aufge|ausge|durchge|zuge|rein|reinge)?/;
const DE_ENDING =
  /^(e|en|er|es|em|ern|ers|n|s|in|innen|ig|ige|igen|iger|iges|igem|ere|eren|este|esten|end|ende|enden|ender|endes|endem|endere|enderen|endste|endsten|t|te|ten|tem|ter|tes|st|et|est|ete|eten|tere|teren|teste|testen|ung|ungen|chen|lein)?$/;
const fold = (w: string) => w.toLowerCase().replace(/ß/g, 'ss');

export interface Lexicon {
  innocent: string[];
  offensive: string[];
}

function stemsOf(words: Iterable<string>): Set<string> {
  const stems = new Set<string>();
  for (const w of words) {
    if (w.includes(' ') || w.length < 4) continue;
    stems.add(w);
    if (w.endsWith('e')) stems.add(w.slice(0, -1)); // scheiße → scheiß-, kacke → kack-
  }
  return stems;
}

/** Whether a folded dictionary word is one of the `listed` words, an inflection or a compound of one. */
function labeller(
  known: Set<string>,
  listed: string[],
  forms: (lemmas: Set<string>) => Set<string>,
  english: boolean,
): (f: string) => boolean {
  const base = new Set(listed.map(fold));
  const offensiveForms = new Set([...base, ...forms(base)]);
  const stems = stemsOf(offensiveForms);
  const englishDerived = new Set<string>();
  if (english)
    for (const w of base)
      if (w.length >= 4 && !w.includes(' ') && known.has(w)) for (const f of englishForms(w)) englishDerived.add(f);
  const isDerived = (w: string): boolean => {
    const prefix = DE_PREFIX.exec(w)?.[0] ?? '';
    for (let i = prefix.length + 4; i <= w.length; i++)
      if (stems.has(w.slice(prefix.length, i)) && DE_ENDING.test(w.slice(i))) return true;
    return false;
  };
  const isCompound = (w: string): boolean => {
    if (english) return englishDerived.has(w);
    if (isDerived(w)) return true;
    for (let i = 4; i <= w.length - 1; i++) {
      const head = w.slice(0, i);
      const rest = w.slice(i);
      if (stems.has(head))
        for (const l of LINKS)
          if (rest.length - l.length >= 4 && rest.startsWith(l) && known.has(rest.slice(l.length))) return true;
      if (rest.length >= 4 && known.has(head) && offensiveForms.has(rest)) return true;
    }
    return false;
  };
  return (f) => offensiveForms.has(f) || isCompound(f);
}

/**
 * Offensive: what `labeller` finds for the rated lists. Innocent: the rest, minus what it finds
 * for every entry of the lists of the same language, rated or not (`all`): a word derived from a
 * word some list names (bullshitter from bullshit, rated 1 by cuss) counts on neither side.
 */
function build(
  words: string[],
  listed: string[],
  all: string[],
  forms: (lemmas: Set<string>) => Set<string>,
  english: boolean,
): Lexicon {
  const any = new Set([...anyListed()].map(fold));
  const known = new Set(words.map(fold));
  const isOffensive = labeller(known, listed, forms, english);
  const isListedAtAll = labeller(known, all, forms, english);
  const innocent: string[] = [];
  const offensive = new Set(listed);
  for (const w of words) {
    const f = fold(w);
    if (isOffensive(f)) offensive.add(w);
    else if (!any.has(f) && !isListedAtAll(f)) innocent.push(w);
  }
  return { innocent, offensive: [...offensive] };
}

/**
 * Labelling ~600k words takes seconds; the result is cached under node_modules/.cache, keyed by
 * this file's text and the package versions, so the accuracy test stays fast.
 */
function cached(name: string, make: () => Lexicon): Lexicon {
  const key = createHash('sha1')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(readFileSync(fileURLToPath(new URL('./sources.ts', import.meta.url))))
    .update(packageVersions())
    .digest('hex')
    .slice(0, 12);
  const dir = fileURLToPath(new URL('../../../node_modules/.cache/textfilter/', import.meta.url));
  const file = `${dir}${name}-${key}.json`;
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Lexicon;
  const lexicon = make();
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(lexicon));
  return lexicon;
}

let de: Lexicon | undefined;
let en: Lexicon | undefined;

/** German dictionary words split into innocent and offensive. */
export const germanLexicon = (): Lexicon =>
  (de ??= cached('de', () => build(germanWords(), germanOffensive(), germanListed(), lemmaForms, false)));
/** English dictionary words split into innocent and offensive (listed word + English ending). */
export const englishLexicon = (): Lexicon =>
  (en ??= cached('en', () => build(englishWords(), englishOffensive(), englishListed(), () => new Set(), true)));

/**
 * Which external dictionary words are offensive, decided from the external lists alone: a word
 * is offensive when it is a listed word, one of its dictionary inflections (Arschlöcher,
 * gefickt), or a two-part compound of a listed stem and another dictionary word
 * (Arsch|kriecher, Klug|scheißer), linking element allowed, or a listed stem with a German prefix
 * and ending (ver|arsch|en, an|scheiß|en). Everything else the dictionary
 * holds, minus any word some list names at all, is an innocent word.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  anyListed,
  englishOffensive,
  englishWords,
  germanOffensive,
  germanWords,
  lemmaForms,
  packageVersions,
} from './sources';

const LINKS = ['', 's', 'es', 'n', 'en', 'er', 'e'];
/** English inflection and derivation endings a listed word may take (bitch → bitchiness). */
const EN_ENDINGS =
  /^(s|es|ed|d|ing|ings|er|ers|y|ier|iest|ies|iness|ily|ish|ery|eries|ry|ries|ly|ty|ize|ized|izing|ise|ised|ising|isation|ization|ism|isms|fest|fests)$/;
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

function build(
  words: string[],
  listed: string[],
  forms: (lemmas: Set<string>) => Set<string>,
  english: boolean,
): Lexicon {
  const any = new Set([...anyListed()].map(fold));
  const base = new Set(listed.map(fold));
  const offensiveForms = new Set([...base, ...forms(base)]);
  const stems = stemsOf(offensiveForms);
  const known = new Set(words.map(fold));
  const isDerived = (w: string): boolean => {
    const prefix = DE_PREFIX.exec(w)?.[0] ?? '';
    for (let i = prefix.length + 4; i <= w.length; i++)
      if (stems.has(w.slice(prefix.length, i)) && DE_ENDING.test(w.slice(i))) return true;
    return false;
  };
  const isCompound = (w: string): boolean => {
    if (!english && isDerived(w)) return true;
    for (let i = 4; i <= w.length - 1; i++) {
      const head = w.slice(0, i);
      const rest = w.slice(i);
      if (!english && stems.has(head))
        for (const l of LINKS)
          if (rest.length - l.length >= 4 && rest.startsWith(l) && known.has(rest.slice(l.length))) return true;
      if (!english && rest.length >= 4 && known.has(head) && offensiveForms.has(rest)) return true;
      if (english && stems.has(head) && EN_ENDINGS.test(rest)) return true;
    }
    return false;
  };
  const innocent: string[] = [];
  const offensive = new Set(listed);
  for (const w of words) {
    const f = fold(w);
    if (offensiveForms.has(f) || isCompound(f)) offensive.add(w);
    else if (!any.has(f)) innocent.push(w);
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
  (de ??= cached('de', () => build(germanWords(), germanOffensive(), lemmaForms, false)));
/** English dictionary words split into innocent and offensive (listed word + English ending). */
export const englishLexicon = (): Lexicon =>
  (en ??= cached('en', () => build(englishWords(), englishOffensive(), () => new Set(), true)));

/**
 * Which external dictionary words are offensive, decided from the external lists alone: a word
 * is offensive when it is a listed word, one of its dictionary inflections (Arschlöcher,
 * gefickt), or a two-part compound of a listed stem and another dictionary word
 * (Arsch|kriecher, Klug|scheißer), linking element allowed. Everything else the dictionary
 * holds, minus any word some list names at all, is an innocent word.
 */
import { anyListed, englishOffensive, englishWords, germanOffensive, germanWords, lemmaForms } from './sources';

const LINKS = ['', 's', 'es', 'n', 'en', 'er', 'e'];
/** English inflection and derivation endings a listed word may take (bitch → bitchiness). */
const EN_ENDINGS =
  /^(s|es|ed|d|ing|ings|er|ers|y|ier|iest|ies|iness|ily|ish|ery|eries|ry|ries|ly|ty|ize|ized|izing|ise|ised|ising|isation|ization|ism|isms|fest|fests)$/;
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
  const isCompound = (w: string): boolean => {
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

let de: Lexicon | undefined;
let en: Lexicon | undefined;

/** German dictionary words split into innocent and offensive. */
export const germanLexicon = (): Lexicon => (de ??= build(germanWords(), germanOffensive(), lemmaForms, false));
/** English dictionary words split into innocent and offensive (listed word + English ending; English compounds are
 * too often chance letter sequences: bung|alow, arse|nite). */
export const englishLexicon = (): Lexicon => (en ??= build(englishWords(), englishOffensive(), () => new Set(), true));

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { foldTerm } from './normalize';
import { DE_PARTS, EN_PARTS, EN_TAILS, PREFIXES } from './terms/parts';
import { WordSet } from './wordSet';
import type { Locale } from './types';
import type { Run } from './views';

/**
 * German compound analysis: a term with letters before it in the same word counts only where
 * the word splits into known parts at the term's seams ("Klug|scheißer", "Neo|nazi|s",
 * "Kinder|ficker"), with linking elements between parts; "Sp|arsch|wein" and "Tisch|lampe"
 * do not split that way and pass. Parts and endings are compared run-collapsed (`mutter` =
 * `muter`), like the text runs.
 */

/** Linking elements (Fugenelemente) that may follow a part. */
const LINKS = ['s', 'es', 'n', 'en', 'er', 'e'];

/** Inflection and derivation endings after a term (German and English). */
/* German and English endings, participles used as adjectives with their comparative and
   superlative (verarschtere, bepisstesten), and the forms of verbs in -ern (verscheißerte). */
const ENDINGS = new Set(
  `e en er es em ern ers n s in innen chen lein ei erei ung ungen ig ige igen iger iges
   igem ich isch ische ischen t te ten tet st est et end ende enden ender endes bar haft
   ling linge ed ing ings y ier iest ies ish ers ery ly tion tem ter tes test tere teren
   teste testen ere eren ste sten endere enderen endste endsten endem tet ete eten
   ert erte erten ertes ertem erter ertest ertet ernd ernde ernden ernder erndes erndem
   ertere erteren ertester erteste ertesten erndere ernderen erndste erndsten ens ns`
    .split(/\s+/)
    .map(collapse),
);

function collapse(s: string): string {
  let out = '';
  for (const ch of s) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

/** No known part is longer (bounds the split search). */
const MAX_PART = 16;
let parts: WordSet | undefined;
/** English parts only (no prefixes, no terms): the strict split for the English `part` terms. */
let nouns: Set<string> | undefined;

/**
 * Innocent words of Debian's German and English word lists, generated into the repo by
 * scripts/textFilter/generateParts.ts (folded and run-collapsed already, compounds left out).
 */
const innocentParts = (): string[] =>
  gunzipSync(readFileSync(new URL('./terms/parts.generated.txt.gz', import.meta.url)))
    .toString('utf8')
    .split('\n')
    .filter(Boolean);

/** Innocent parts only (Debian's and terms/parts.ts, no terms, no prefixes): for the straddle rule. */
let innocent: WordSet | undefined;

/** Known parts: the word lists in terms/parts.ts and Debian's, plus every single-word term (≥ 3 letters). */
export function setTerms(terms: Iterable<string>): void {
  const words = innocentParts();
  for (const w of [...DE_PARTS, ...EN_PARTS]) words.push(collapse(foldTerm(w)));
  innocent = new WordSet(words);
  nouns = new Set(EN_PARTS.map((w) => collapse(foldTerm(w))).filter((w) => w.length >= 3));
  handParts = new Set([...DE_PARTS, ...EN_PARTS, ...terms].map((w) => collapse(foldTerm(w))));
  for (const w of [...PREFIXES, ...terms]) {
    const f = collapse(foldTerm(w));
    if (f.length >= 2 && !f.includes(' ')) words.push(f);
  }
  parts = new WordSet(words);
}

/** Whether a word (plain spelling) is one of the innocent words of Debian's lists or terms/parts.ts. */
export const isInnocentWord = (word: string): boolean => innocent?.has(collapse(foldTerm(word))) ?? false;

/** The hand-written parts of terms/parts.ts and the single-word terms (no Debian words). */
let handParts: Set<string> | undefined;
/** Whether a word is a hand-written part or a term (Debian's lists also hold fragments: `verr`, `tain`). */
export const isHandPart = (word: string): boolean => handParts?.has(collapse(foldTerm(word))) ?? false;

/** Does `s` split completely into known parts, each optionally followed by a linking element? */
function splits(s: string, from = 0, depth = 0): boolean {
  if (from === s.length) return true;
  if (depth > 6 || parts === undefined) return false;
  for (let to = Math.min(s.length, from + MAX_PART); to >= from + 2; to--) {
    if (!parts.has(s, from, to)) continue;
    if (splits(s, to, depth + 1)) return true;
    for (const l of LINKS) if (s.startsWith(l, to) && splits(s, to + l.length, depth + 1)) return true;
    if (ENDINGS.has(s.slice(to)) && depth > 0) return true;
  }
  return false;
}

const text = (runs: Run[], from: number, to: number): string => {
  let s = '';
  for (let i = from; i < to; i++) s += runs[i].acc[0];
  return s;
};

/** Compound sides longer than this are no compound of known parts (and keep junk linear). */
const MAX_SIDE = 32;

/** The letters from the word start to run `s` (exclusive), or undefined when longer than MAX_SIDE. */
function before(runs: Run[], s: number): string | undefined {
  let ws = s;
  while (ws > 0 && runs[ws - 1].acc !== ' ') if (s - --ws > MAX_SIDE) return undefined;
  return text(runs, ws, s);
}

/** The letters after run `e` to the word end, or undefined when longer than `max`. */
function after(runs: Run[], e: number, max = MAX_SIDE): string | undefined {
  let we = e + 1;
  while (we < runs.length && runs[we].acc !== ' ') if (++we - e > max + 1) return undefined;
  return text(runs, e + 1, we);
}

/** What one part costs in a split: short parts (mostly abbreviations and foreign words) cost more. */
const partCost = (length: number): number => 100 + (length <= 3 ? 30 : length === 4 ? 10 : 0);

/**
 * The cheapest split (see partCost) of `word` into parts of `set` (`minPart` or more letters,
 * linking elements between them, an ending allowed after the last); with `from`/`to`, only
 * splits where a part crosses one of those edges count. Infinity when there is none.
 */
function fewestParts(word: string, set: WordSet, from = -1, to = -1, minPart = 3): number {
  const n = word.length;
  // best[i * 2 + crossed]: fewest parts covering word[0, i)
  const best = new Array<number>((n + 1) * 2).fill(Infinity);
  best[0] = 0;
  let result = Infinity;
  for (let at = 0; at < n; at++)
    for (let c = 0; c < 2; c++) {
      const here = best[at * 2 + c];
      if (here === Infinity) continue;
      for (let end = at + minPart; end <= Math.min(n, at + MAX_PART); end++) {
        if (!set.has(word, at, end)) continue;
        const crossed = c === 1 || from < 0 || (at < from && from < end) || (at < to && to < end) ? 1 : 0;
        const k = here + partCost(end - at);
        if (end === n || (at > 0 && ENDINGS.has(word.slice(end)))) {
          if (crossed) result = Math.min(result, k);
        }
        if (k < best[end * 2 + crossed]) best[end * 2 + crossed] = k;
        for (const l of LINKS)
          if (word.startsWith(l, end) && end + l.length <= n && k < best[(end + l.length) * 2 + crossed]) {
            best[(end + l.length) * 2 + crossed] = k;
            if (end + l.length === n && from < 0) result = Math.min(result, k); // Arsch|s|… before a term
          }
      }
    }
  return result;
}

/** The cost of the cheapest split of one side of a term: 0 for nothing or an ending. */
function sideParts(side: string): number {
  if (side === '' || ENDINGS.has(side)) return 0;
  return parts === undefined ? Infinity : fewestParts(side, parts, -1, -1, 2);
}

/**
 * The straddle rule: a split of the whole word into innocent parts that crosses the term's
 * edges (Agrar|schrift|steller around `arsch`, Frisch|eisen around `scheis`) and needs fewer
 * parts than the split at the term's seams (agr|arsch|rift|steller) says the term is an
 * accident of spelling. Ties go to the term (ver|pissen against verp|issen).
 */
function straddles(left: string, term: string, right: string): boolean {
  if (innocent === undefined) return false;
  const aligned = sideParts(left) + partCost(MAX_PART) + sideParts(right);
  const word = left + term + right;
  return fewestParts(word, innocent, left.length, left.length + term.length) < aligned;
}

/**
 * Whether the term found at runs `s..e` stands at compound seams of its word: nothing or known
 * parts before it, and nothing, an ending or known parts after it; and no split of the word into
 * innocent parts crosses the term (see `straddles`).
 */
export function atSeams(runs: Run[], s: number, e: number): boolean {
  if (s === 0 || runs[s - 1].acc === ' ') return true;
  const left = before(runs, s);
  if (left === undefined) return false;
  if (!splits(left) && !LINKS.some((l) => left.endsWith(l) && splits(left.slice(0, -l.length)))) return false;
  const right = after(runs, e);
  if (right === undefined || !(right === '' || ENDINGS.has(right) || splits(right))) return false;
  return !straddles(left, text(runs, s, e + 1), right);
}

/** Strict split for `part` terms: parts of three or more letters, only `s` as a link. */
function strict(s: string, from = 0, depth = 0): boolean {
  if (from === s.length) return true;
  if (depth > 4 || nouns === undefined) return false;
  for (let to = Math.min(s.length, from + MAX_PART); to >= from + 3; to--) {
    if (!nouns.has(s.slice(from, to))) continue;
    if (strict(s, to, depth + 1) || (s[to] === 's' && strict(s, to + 1, depth + 1))) return true;
  }
  return false;
}

/** For `part` terms: the word has other letters, and they all split strictly into known parts. */
export function inCompound(runs: Run[], s: number, e: number): boolean {
  const left = before(runs, s);
  const right = after(runs, e);
  if (left === undefined || right === undefined) return false;
  if (left === '' && (right === '' || right === 's' || right === 'es')) return false;
  return strict(left) && (right === '' || right === 's' || right === 'es' || strict(right));
}

/** Endings a whole-word or word-end term may take (plural, case, feminine, diminutive; English verb and adjective forms). */
const WORD_ENDINGS: Record<Locale, Set<string>> = {
  de: new Set(['s', 'e', 'en', 'n', 'es', 'in', 'innen', 'chen', 'lein'].map(collapse)),
  en: new Set(['s', 'es']),
};
/** German terms shaped like adjectives and participles (beschissen, verfickt, nuttig): they take adjective endings. */
const DE_ADJECTIVE = /(t|en|ig|isch|lich)$/;
/**
 * Adjective endings beyond WORD_ENDINGS.de (declension -er -em, comparative, superlative):
 * beschissener, verficktem, beschissenste. An inflection keeps the term's meaning: no Debian check.
 */
const DE_ADJ_ENDINGS = new Set(
  'er em ere eren erer eres erem ste sten ster stes stem este esten ester estes estem'.split(' ').map(collapse),
);
/**
 * English endings for terms of four or more letters (twats, bitchy, wanking, bollocked, skankiest);
 * not -er (butt|er, perv|ers) nor -less (collapsed `les`: twatt|les).
 */
const EN_LONG = new Set(
  ['s', 'es', 'ed', 'ing', 'ings', 'y', 'ie', 'ies', 'ier', 'iest', 'iness', 'ily', 'ish', 'fest'].map(collapse),
);
/**
 * English derivations that are everyday words more often than inflections (butt|er, perv|ers,
 * cock|er): for terms of five or more letters only, and only when the derived word is not a word
 * of Debian's lists (bitch|ery, whore|dom, skank|er, bugger|ed; not slav|ery).
 */
const EN_DERIVED = new Set(
  ['er', 'ers', 'ery', 'eries', 'ness', 'less', 'ly', 'dom', 'doms', 'ism', 'isms', 'hood'].map(collapse),
);
/** See EN_TAILS. */
const TAILS = new Set(EN_TAILS.map(collapse));

/** After a term's stem without its final e (rap|ing for rape, puk|ed for puke): vowel endings only. */
const EN_AFTER_E = new Set(['ed', 'ing', 'ings', 'er', 'ers', 'y', 'ier', 'iest', 'iness', 'ish'].map(collapse));
/**
 * After a term's stem without its final y (horn|ier for horny, slutt|iness for slutty): the
 * endings that turn y into i. These keep the meaning of the term, so no Debian check.
 */
const EN_AFTER_Y = new Set(['ier', 'iest', 'ies', 'ied', 'iness', 'ily'].map(collapse));

const foldedTerms = new Map<string, string>();
/** A term folded and run-collapsed like the parts (cached: terms are few, checks many). */
function folded(term: string): string {
  let f = foldedTerms.get(term);
  if (f === undefined) foldedTerms.set(term, (f = collapse(foldTerm(term))));
  return f;
}

/**
 * Whether the letters after run `e` up to the end of its word are an inflection ending of `lang`
 * for `term` (undefined: plural and case endings only); `stem` = the term is an English stem that
 * dropped its final e or y (see Entry.stem). English -es only after s, x, z, sh, ch (bitches; not butt|es, spic|es).
 */
export function endingFollows(
  runs: Run[],
  e: number,
  lang: Locale | undefined,
  term?: string,
  stem?: 'e' | 'y',
): boolean {
  if (lang === undefined) return false;
  const rest = after(runs, e, 8);
  if (rest === undefined) return false;
  if (stem === 'y') return EN_AFTER_Y.has(rest);
  if (stem === 'e') return EN_AFTER_E.has(rest) && !innocent?.has(folded(term ?? '') + rest); // rap|ing, not tap|ing
  if (lang === 'de')
    return WORD_ENDINGS.de.has(rest) || (term !== undefined && DE_ADJECTIVE.test(term) && DE_ADJ_ENDINGS.has(rest));
  if (rest === 'es' && (term === undefined || !/(s|x|z|sh|ch)$/.test(term))) return false;
  if (WORD_ENDINGS.en.has(rest)) return true;
  if (term === undefined || term.length < 4) return false;
  if (TAILS.has(rest.replace(/s$/, ''))) return true; // skank|head, skank|faces
  if (!EN_LONG.has(rest) && (term.length < 5 || !EN_DERIVED.has(rest))) return false;
  // Derived forms that Debian's list knows as innocent words are those words (spic|y = spicy, tard|y = tardy).
  const whole = folded(term) + rest;
  return !innocent?.has(whole);
}

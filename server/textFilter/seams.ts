import { foldTerm } from './normalize';
import { DE_PARTS, EN_PARTS, PREFIXES } from './terms/parts';
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
/* German and English endings, and participles used as adjectives with their comparative and
   superlative (verarschtere, bepisstesten). */
const ENDINGS = new Set(
  `e en er es em ern ers n s in innen chen lein ei erei ung ungen ig ige igen iger iges
   igem ich isch ische ischen t te ten tet st est et end ende enden ender endes bar haft
   ling linge ed ing ings y ier iest ies ish ers ery ly tion tem ter tes test tere teren
   teste testen ere eren ste sten endere enderen endste endsten endem tet ete eten`
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
let parts: Set<string> | undefined;
/** English parts only (no prefixes, no terms): the strict split for the English `part` terms. */
let nouns: Set<string> | undefined;

/** Known parts: the word lists in terms/parts.ts plus every single-word term (≥ 3 letters). */
export function setTerms(terms: Iterable<string>): void {
  parts = new Set();
  nouns = new Set(EN_PARTS.map((w) => collapse(foldTerm(w))).filter((w) => w.length >= 3));
  for (const w of [...DE_PARTS, ...EN_PARTS, ...PREFIXES, ...terms]) {
    const f = collapse(foldTerm(w));
    if (f.length >= 2 && !f.includes(' ')) parts.add(f);
  }
}

/** Does `s` split completely into known parts, each optionally followed by a linking element? */
function splits(s: string, from = 0, depth = 0): boolean {
  if (from === s.length) return true;
  if (depth > 6 || parts === undefined) return false;
  for (let to = Math.min(s.length, from + MAX_PART); to >= from + 2; to--) {
    if (!parts.has(s.slice(from, to))) continue;
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

/**
 * Whether the term found at runs `s..e` stands at compound seams of its word: nothing or known
 * parts before it, and nothing, an ending or known parts after it.
 */
export function atSeams(runs: Run[], s: number, e: number): boolean {
  if (s === 0 || runs[s - 1].acc === ' ') return true;
  const left = before(runs, s);
  if (left === undefined) return false;
  if (!splits(left) && !LINKS.some((l) => left.endsWith(l) && splits(left.slice(0, -l.length)))) return false;
  const right = after(runs, e);
  return right !== undefined && (right === '' || ENDINGS.has(right) || splits(right));
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

/** Endings a whole-word or word-end term may take (plural, case, feminine, diminutive). */
const WORD_ENDINGS: Record<Locale, Set<string>> = {
  de: new Set(['s', 'e', 'en', 'n', 'es', 'in', 'innen', 'chen', 'lein'].map(collapse)),
  en: new Set(['s', 'es']),
};

/** Whether the letters after run `e` up to the end of its word are an inflection ending of `lang`. */
export function endingFollows(runs: Run[], e: number, lang: Locale | undefined): boolean {
  if (lang === undefined) return false;
  const rest = after(runs, e, 5);
  return rest !== undefined && WORD_ENDINGS[lang].has(rest);
}

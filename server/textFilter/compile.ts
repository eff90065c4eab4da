import { foldTerm } from './normalize';
import { DE_TERMS } from './terms/de';
import { EN_TERMS } from './terms/en';
import { CLASS_SLOTS, CLASS_TERMS } from './terms/classes';
import { LISTED_TERMS } from './terms/listed';
import { DE_VOCABULARY, EN_VOCABULARY } from './terms/vocabulary';
import { DE_GROUPS, EN_GROUPS, WHITELIST } from './terms/shared';
import { diminutives, englishVerbForms, verbForms } from './morphology';
import { isHandPart, isInnocentWord, setTerms } from './seams';
import { spellings } from './spelling';
import { RunTrie } from './trie';
import type { Category, Level, Locale, Mode, TermGroup } from './types';

/** One expanded term as the matcher reports it. */
export interface Entry {
  term: string;
  category: Category;
  severity: Level;
  mode: Mode;
  locale?: Locale;
  /** The language of the term data it came from: which inflection endings may follow it. */
  lang?: Locale;
  /** Checked at compound seams when found after other letters of its word (see seams.ts). */
  seams: boolean;
  /** Only plural endings may follow (see TermGroup.endings). */
  plural?: true;
  /**
   * An English term's stem without its final letter: `e`, only counts followed by a vowel ending
   * (raping, puked); `y`, only followed by an ending that turns y into i (hornier, sluttiness).
   */
  stem?: 'e' | 'y';
  /** A compound written as two words (`dick head`): the word ends right after it, no endings. */
  exact?: true;
  /** Position in the term data; among equal spans the earlier-listed term is reported. */
  order: number;
}

/** Word phrases also match written as one word from this many letters on. */
const JOINED_MIN = 8;

/** Parts of a compound written apart must have this many letters (not `wet back`, `ass hole`). */
const SPACED_PART_MIN = 4;

/** A part of a compound written apart: a word of 5+ letters, or a hand-written part or term. */
const spacedPart = (w: string): boolean =>
  w.length >= SPACED_PART_MIN && (w.length > SPACED_PART_MIN ? isInnocentWord(w) || isHandPart(w) : isHandPart(w));

/**
 * A blocked compound written as two words where both are words of their own: `dick head`,
 * `towel head`, `kinder porno`, `hack fresse`; not `bare back`, `verr ecke`.
 */
export function spacedForms(term: string): string[] {
  const out: string[] = [];
  for (let i = SPACED_PART_MIN; i <= term.length - SPACED_PART_MIN; i++)
    if (spacedPart(term.slice(0, i)) && spacedPart(term.slice(i))) out.push(`${term.slice(0, i)} ${term.slice(i)}`);
  return out;
}

/**
 * Which final letter of an English term changes before endings: rape → rap|ing, horny → horn|ier,
 * also the last word of a phrase (jungle bunny → jungle bunn|ies).
 */
const englishStem = (term: string): Entry['stem'] =>
  /^[a-z]{4,}e$/.test(term) ? 'e' : /^[a-z ]{3,}[^aeiouy ]y$/.test(term) ? 'y' : undefined;

/** Trie value: a term, or the marker for a whitelisted word (both live in one trie: one walk). */
export type Value = Entry | 'whitelist';

const SLOTS: Record<string, string[]> = { de_group: DE_GROUPS, en_group: EN_GROUPS, ...CLASS_SLOTS };

/** Expands `(a|b|)` alternatives and `{slot}` placeholders: `tod (den|) {de_group}` → every phrase. */
export function expand(pattern: string, slots: Record<string, string[]> = SLOTS): string[] {
  const m = /\{(\w+)\}|\(([^()]*)\)/.exec(pattern);
  if (m === null) return [pattern.replace(/\s+/g, ' ').trim()];
  const alternatives = m[1] !== undefined ? slots[m[1]] : m[2].split('|');
  if (alternatives === undefined) throw new Error(`unknown slot {${m[1]}} in term "${pattern}"`);
  const head = pattern.slice(0, m.index);
  const tail = pattern.slice(m.index + m[0].length);
  return alternatives.flatMap((alt) => expand(head + alt + tail, slots));
}

/**
 * Two tries: terms that may begin inside a word (`any`, `end`, `inner`, `part`), walked from every
 * position, and terms that begin a word (`word`, `start`, all phrases), walked from word starts
 * only: most positions are inside words, and most of our ~25k spellings are word-start phrases.
 */
export interface Compiled {
  inner: RunTrie<Value>;
  starts: RunTrie<Value>;
}

function compile(groups: [TermGroup[], Locale | undefined][], whitelist: string[]): Compiled {
  const inner = new RunTrie<Value>();
  const starts = new RunTrie<Value>();
  let order = 0;
  const allTerms: string[] = [];
  const joinedPhrases: Entry[] = [];
  const compounds: Entry[] = [];
  const ieForms: { entry: Entry; terms: RunTrie<Value>; term: string }[] = [];
  for (const [list, lang] of groups) {
    for (const group of list)
      for (const raw of group.terms) {
        const words = !group.verb
          ? expand(raw).flatMap((t) =>
              lang === 'de' && ['word', 'end', 'any'].includes(group.mode) ? [t, ...diminutives(t)] : [t],
            )
          : lang === 'en'
            ? englishVerbForms(raw)
            : verbForms(raw, group.verb === true);
        for (const term of words) {
          const entry: Entry = {
            term,
            category: group.category,
            severity: group.severity,
            mode: group.mode,
            locale: group.locale,
            lang,
            ...(group.endings === 'plural' ? { plural: true as const } : {}),
            seams: group.seams !== false && (group.mode === 'any' || group.mode === 'end' || group.mode === 'inner'),
            order: order++,
          };
          const rounds = group.severity === 'block' ? 2 : 0;
          const terms = group.mode === 'word' || group.mode === 'start' ? starts : inner;
          for (const spelling of spellings(foldTerm(term), rounds)) if (spelling) terms.add(spelling, entry);
          // Phrases written as one word (killyourself, suckmydick, sonofabitch): long enough not to be a word.
          const joined = term.replace(/ /g, '');
          if ((group.mode === 'word' || group.mode === 'any') && joined !== term && joined.length >= JOINED_MIN)
            joinedPhrases.push({ ...entry, term: joined });
          if (group.severity === 'block' && !group.verb && !term.includes(' ') && term.length >= JOINED_MIN)
            compounds.push(entry);
          if (lang === 'en' && !group.verb && /^[a-z]{3,}[^aeiouy]y$/.test(term))
            ieForms.push({ entry, terms, term: term.slice(0, -1) + 'ie' });
          const stem = englishStem(term);
          if (lang === 'en' && stem && !group.verb && !group.endings && group.mode !== 'start' && group.mode !== 'part')
            for (const spelling of spellings(foldTerm(term.slice(0, -1)), 0)) terms.add(spelling, { ...entry, stem });
          if (!term.includes(' ')) allTerms.push(term);
        }
      }
  }
  setTerms(allTerms);
  // Not when the joined phrase is a word of its own (eight ball → eightball, eight balls → eightballs).
  for (const entry of joinedPhrases)
    if (!isInnocentWord(entry.term) && !isInnocentWord(entry.term.replace(/e?s$/, '')))
      for (const spelling of spellings(foldTerm(entry.term), 0))
        (entry.mode === 'any' ? inner : starts).add(spelling, entry);
  // English -y terms spelt -ie (tushie, hornie, kinkie), unless that is a word of its own (crappie, a fish).
  for (const { entry, terms, term } of ieForms)
    if (!isInnocentWord(term))
      for (const spelling of spellings(foldTerm(term), 0)) terms.add(spelling, { ...entry, term });
  for (const entry of compounds)
    for (const phrase of spacedForms(entry.term))
      for (const spelling of spellings(foldTerm(phrase), 0))
        starts.add(spelling, { ...entry, term: phrase, mode: 'word', seams: false, exact: true });
  for (const word of whitelist)
    for (const spelling of spellings(foldTerm(word), 0)) {
      inner.add(spelling, 'whitelist');
      starts.add(spelling, 'whitelist');
    }
  return { inner, starts };
}

let cached: Compiled | undefined;

/** The tries for our term data and whitelist, built once per process on first use. */
export function compiled(): Compiled {
  return (cached ??= compile(
    [
      [DE_TERMS, 'de'],
      [EN_TERMS, 'en'],
      [DE_VOCABULARY, 'de'],
      [EN_VOCABULARY, 'en'],
      [CLASS_TERMS, undefined],
      [LISTED_TERMS, 'en'],
    ],
    WHITELIST,
  ));
}

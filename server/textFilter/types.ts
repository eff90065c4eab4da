import type { Locale } from '@shared/catalog/types';
import type { TextCategory, TextSeverity, TextVerdict } from '@shared/moderation';

// One definition each, in shared/ (the wire speaks them too); the filter's short names for them.
/** What a finding is about; the moderation queue groups and sorts by it. */
export type Category = TextCategory;
/** `block`: never publishable as written. `review`: a person has to judge the context. */
export type Severity = TextSeverity;
/** The overall outcome of a check: the worst severity found, or `allow`. */
export type Verdict = TextVerdict;
/** UI locales; the filter always checks German AND English, the locale only tunes. */
export type { Locale };

/**
 * Where a term may sit relative to word boundaries (after normalization):
 * - `any`: anywhere, also inside compounds (`Arschgeige`, `Scheißburger`)
 * - `word`: only as a whole word (`ass`, `sex`: too many innocent words contain them)
 * - `start` / `end`: at the start / end of a word (`porno…`, `…spast`)
 * - `inner`: inside a longer word only (`Drecks…` is an insult, the genitive "des Drecks" is not)
 */
export type Mode = 'any' | 'word' | 'start' | 'end' | 'inner';

/** One group of terms sharing category, severity and mode, as written in `terms/*.ts`. */
export interface TermGroup {
  category: Category;
  severity: Severity;
  mode: Mode;
  /** Only active when the caller's locale is this (for words that are innocent in the other language). */
  locale?: Locale;
  /** Terms; `(a|b|)` alternatives and `{slot}` placeholders are expanded, see `expand`. */
  terms: string[];
}

/** One finding: `text.slice(start, end)` is the matched span of the ORIGINAL text (UTF-16, end exclusive). */
export interface TextMatch {
  start: number;
  end: number;
  category: Category;
  severity: Severity;
  /** The canonical term from our term data that matched (not the disguised spelling). */
  term: string;
}

/** Result of `checkText`. */
export interface CheckResult {
  verdict: Verdict;
  matches: TextMatch[];
}

import type { Locale } from '@shared/catalog/types';
import type { TextCategory, TextSeverity, TextVerdict } from '@shared/moderation';

// One definition each, in shared/ (the wire speaks them too); the filter's short names for them.
/** What a finding is about; the moderation queue groups and sorts by it. */
export type Category = TextCategory;
/** `block`: never publishable as written. `review`: a person has to judge the context. */
export type Severity = TextSeverity;

/**
 * A term's level in our data: `mild` words (Mist, Depp, crap) are resolved by the mild-word
 * policy (see policy.ts) into allow, review or block; the others are what they say.
 */
export type Level = 'mild' | Severity;

/** What the mild-word policy turns a `mild` finding into. */
export type MildPolicy = 'allow' | Severity;

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
 * - `part`: only joined to known compound parts on both sides (`ass|monkey`, `butt|face`), never alone
 */
export type Mode = 'any' | 'word' | 'start' | 'end' | 'inner' | 'part';

/** One group of terms sharing category, severity and mode, as written in `terms/*.ts`. */
export interface TermGroup {
  category: Category;
  severity: Level;
  mode: Mode;
  /** Only active when the caller's locale is this (for words that are innocent in the other language). */
  locale?: Locale;
  /**
   * `false` for terms that are abusive inside any word (`fuck`, `cunt`): no compound analysis.
   * Otherwise a term with letters before it counts only at compound seams (see seams.ts).
   */
  seams?: false;
  /** German verb stems: every form is generated (see morphology.ts); `noInfinitive` when the -n forms are nouns too. */
  verb?: true | 'noInfinitive';
  /** `plural`: only plural endings follow (lists with word fragments: `pric`, `pudd`). */
  endings?: 'plural';
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

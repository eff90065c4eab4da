import { foldTerm } from './normalize';
import { DE_TERMS } from './terms/de';
import { EN_TERMS } from './terms/en';
import { LISTED_TERMS } from './terms/listed';
import { DE_GROUPS, EN_GROUPS, WHITELIST } from './terms/shared';
import { setTerms } from './seams';
import { RunTrie } from './trie';
import type { Category, Locale, Mode, Severity, TermGroup } from './types';

/** One expanded term as the matcher reports it. */
export interface Entry {
  term: string;
  category: Category;
  severity: Severity;
  mode: Mode;
  locale?: Locale;
  /** Checked at compound seams when found after other letters of its word (see seams.ts). */
  seams: boolean;
  /** Position in the term data; among equal spans the earlier-listed term is reported. */
  order: number;
}

/** Trie value: a term, or the marker for a whitelisted word (both live in one trie: one walk). */
export type Value = Entry | 'whitelist';

const SLOTS: Record<string, string[]> = { de_group: DE_GROUPS, en_group: EN_GROUPS };

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

const UMLAUT_AS_E: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };
const UMLAUT_PLAIN: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };

/**
 * Spellings of one folded term: `töte` is also written `toete`. Phrases also match with bare
 * vowels (`ich tote dich`): the surrounding words keep them unambiguous, single words would not
 * (`Möse` vs. the prophet `Mose`).
 */
function spellings(folded: string): string[] {
  if (!/[äöü]/.test(folded)) return [folded];
  const out = [folded, folded.replace(/[äöü]/g, (c) => UMLAUT_AS_E[c])];
  if (folded.includes(' ')) out.push(folded.replace(/[äöü]/g, (c) => UMLAUT_PLAIN[c]));
  return out;
}

function compile(groups: TermGroup[], whitelist: string[]): RunTrie<Value> {
  const terms = new RunTrie<Value>();
  let order = 0;
  const allTerms: string[] = [];
  for (const group of groups) {
    for (const raw of group.terms) {
      for (const term of expand(raw)) {
        const entry: Entry = {
          term,
          category: group.category,
          severity: group.severity,
          mode: group.mode,
          locale: group.locale,
          seams: group.seams !== false && (group.mode === 'any' || group.mode === 'end' || group.mode === 'inner'),
          order: order++,
        };
        for (const spelling of spellings(foldTerm(term))) if (spelling) terms.add(spelling, entry);
        if (!term.includes(' ')) allTerms.push(term);
      }
    }
  }
  setTerms(allTerms);
  for (const word of whitelist) for (const spelling of spellings(foldTerm(word))) terms.add(spelling, 'whitelist');
  return terms;
}

let cached: RunTrie<Value> | undefined;

/** The trie for our term data and whitelist, built once per process on first use. */
export function compiled(): RunTrie<Value> {
  return (cached ??= compile([...DE_TERMS, ...EN_TERMS, ...LISTED_TERMS], WHITELIST));
}

/**
 * Spellings of one folded term, generated rather than listed by hand: umlaut spellings
 * (`töte` = `toete`) and the phonetic misspellings people use to slip a word past a filter
 * (`schaise`, `fikken`, `wixxer`, `fotse`, `phuck`): ai for ei, kk or k for ck, y for i, z for s,
 * ph for f, v for f, l for an i after a consonant (`nlgger`), dropped or doubled letters (doubling is free: text runs cover it).
 */
const UMLAUT_AS_E: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };
const UMLAUT_PLAIN: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u' };

/** One substitution each; applied at most twice per term (`scheisse` → `schaize`). */
const PHONETIC: [RegExp, string][] = [
  [/ei/g, 'ai'],
  [/ck/g, 'kk'],
  [/ck/g, 'k'],
  [/i/g, 'y'],
  [/(?<=[^aeiouäöü])i/g, 'l'],
  [/ss/g, 's'],
  [/ss/g, 'z'],
  [/s(?=[aeiou])/g, 'z'],
  [/z/g, 's'],
  [/f/g, 'ph'],
  [/f/g, 'v'],
];
/** For four-letter terms only the substitutions that do not make everyday words (`fick` → `fikk`). */
const SHORT: [RegExp, string][] = [
  [/ck/g, 'kk'],
  [/ei/g, 'ai'],
];
/** `u` → `o` (`horensohn`, `schwochtel`) only for long terms: `fuck`/`fock`, `kuh`/`koh` are words. */
const U_TO_O: [RegExp, string] = [/u/g, 'o'];

function phonetic(folded: string, rounds: number, only?: [RegExp, string][]): string[] {
  const out = new Set([folded]);
  let frontier = [folded];
  for (let r = 0; r < rounds; r++) {
    const next: string[] = [];
    for (const w of frontier)
      for (const [re, to] of only ?? (w.length >= 7 ? [...PHONETIC, U_TO_O] : w.length >= 5 ? PHONETIC : SHORT)) {
        const v = w.replace(re, to);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    frontier = next;
  }
  return [...out];
}

/**
 * Every spelling of a folded term. Phrases also match with bare vowels (`ich tote dich`): the
 * surrounding words keep them unambiguous, single words would not (`Möse` vs. the prophet
 * `Mose`). Phonetic variants only for blocked terms, fewer for short words and phrases: they
 * would hit everyday words.
 */
export function spellings(folded: string, phoneticRounds: number): string[] {
  const base = [folded];
  if (/[äöü]/.test(folded)) {
    base.push(folded.replace(/[äöü]/g, (c) => UMLAUT_AS_E[c]));
    if (folded.includes(' ')) base.push(folded.replace(/[äöü]/g, (c) => UMLAUT_PLAIN[c]));
  }
  if (phoneticRounds === 0 || folded.length < 4) return base;
  // A blocked phrase: only the misspellings no German or English word has (`fikk dich`, `sieg hail`).
  if (folded.includes(' ')) return [...new Set(base.flatMap((b) => phonetic(b, 1, SHORT)))];
  return [...new Set(base.flatMap((b) => phonetic(b, phoneticRounds)))];
}

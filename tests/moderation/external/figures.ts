/**
 * Figures on the external data (sources.ts), per part of the fixed split (split.ts):
 * innocent dictionary words flagged per 100,000, offensive list words caught, near-miss false
 * positives (innocent dictionary words that contain a listed offensive word: Sp|arsch|wein,
 * Bro|chure), names flagged, and F1 on a labelled mix of all of them.
 */
import { englishLexicon, germanLexicon } from './lexicon';
import { nameTexts } from './names';
import { englishOffensive, germanOffensive } from './sources';
import { inPart, partOf, type Part } from './split';

export interface ExternalSet {
  innocent: { de: string[]; en: string[] };
  offensive: { de: string[]; en: string[] };
  nearMiss: string[];
  names: string[];
  /**
   * The offensive words that contain no offensive list word of the DEV part (four or more
   * letters): new stems, which no inflection of a dev-listed word can explain. Empty for dev.
   */
  newStems: string[];
}

export interface ExternalFigures {
  innocentPer100k: { de: number; en: number };
  caughtPct: { de: number; en: number };
  nearMissFpPct: number;
  namesFpPct: number;
  /** Caught among `newStems`, in % (NaN when there are none: the dev part). */
  newStemsCaughtPct: number;
  f1: number;
}

/** Every `every`-th item (a fixed thinning for the slower peers; 1 = all). */
const thin = <T>(xs: T[], every: number): T[] => (every <= 1 ? xs : xs.filter((_, i) => i % every === 0));

function nearMisses(innocent: string[], listed: string[]): string[] {
  const parts = new Set(listed.map((w) => w.toLowerCase()).filter((w) => w.length >= 4 && !w.includes(' ')));
  return innocent.filter((w) => {
    const l = w.toLowerCase();
    for (let i = 0; i < l.length; i++)
      for (let j = i + 4; j <= Math.min(l.length, i + 16); j++)
        if ((i > 0 || j < l.length) && parts.has(l.slice(i, j))) return true;
    return false;
  });
}

/** The external texts of one part, thinned to every `every`-th dictionary word. */
export function externalSet(part: Part, every = 1): ExternalSet {
  const de = germanLexicon();
  const en = englishLexicon();
  const innocent = { de: thin(inPart(de.innocent, part), every), en: thin(inPart(en.innocent, part), every) };
  const listed = [...germanOffensive(), ...englishOffensive()];
  const offensive = { de: inPart(de.offensive, part), en: inPart(en.offensive, part) };
  const devStems = inPart(listed, 'dev')
    .map((w) => w.toLowerCase().replace(/ß/g, 'ss'))
    .filter((w) => w.length >= 4);
  const newStems =
    part === 'dev'
      ? []
      : [...offensive.de, ...offensive.en].filter((w) => {
          const f = w.toLowerCase().replace(/ß/g, 'ss');
          return !devStems.some((stem) => f.includes(stem));
        });
  return {
    innocent,
    offensive,
    newStems,
    nearMiss: nearMisses([...innocent.de, ...innocent.en], listed),
    names: nameTexts()
      .map((n) => n.text)
      .filter((t) => partOf(t) === part),
  };
}

const share = (xs: string[], flagged: (t: string) => boolean) =>
  xs.length === 0 ? 0 : xs.filter(flagged).length / xs.length;

/** Scores `flagged` (true = the filter flags the text) on one external set. */
export function externalFigures(set: ExternalSet, flagged: (text: string) => boolean): ExternalFigures {
  const fpDe = share(set.innocent.de, flagged);
  const fpEn = share(set.innocent.en, flagged);
  const abusive = [...set.offensive.de, ...set.offensive.en];
  const tp = abusive.filter(flagged).length;
  // The clean side of the F1 mix: names, near-misses and as many plain dictionary words as abusive
  // ones (whatever the thinning of the set, so dev and held-out F1 compare).
  const plain = [...set.innocent.de, ...set.innocent.en];
  const clean = [
    ...set.names,
    ...set.nearMiss,
    ...thin(plain, Math.max(1, Math.floor(plain.length / Math.max(1, abusive.length)))),
  ];
  const fp = clean.filter(flagged).length;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = abusive.length === 0 ? 1 : tp / abusive.length;
  return {
    innocentPer100k: { de: fpDe * 1e5, en: fpEn * 1e5 },
    caughtPct: { de: share(set.offensive.de, flagged) * 100, en: share(set.offensive.en, flagged) * 100 },
    nearMissFpPct: share(set.nearMiss, flagged) * 100,
    namesFpPct: share(set.names, flagged) * 100,
    newStemsCaughtPct: set.newStems.length === 0 ? NaN : share(set.newStems, flagged) * 100,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

/**
 * The labelled set (labelled.json) and the accuracy figures computed on it. Shared by the
 * accuracy test and scripts/bench/textFilter.ts so both count the same way.
 */
import { readFileSync } from 'node:fs';

/** One labelled text; `split: "holdout"` entries are never used for tuning the term data. */
export interface LabelledEntry {
  text: string;
  lang: 'de' | 'en';
  label: 'clean' | 'abusive';
  category?: 'profanity' | 'insult' | 'sexual' | 'hate' | 'threat';
  kind:
    | 'plain'
    | 'leet'
    | 'separators'
    | 'repeats'
    | 'lookalike'
    | 'umlaut'
    | 'invisible'
    | 'compound'
    | 'near_miss'
    | 'identity'
    | 'name'
    | 'threat'
    | 'hate'
    | 'sentence';
  split: 'dev' | 'holdout';
}

/** Loads tests/moderation/labelled.json. */
export function loadLabelled(): LabelledEntry[] {
  return JSON.parse(readFileSync(new URL('./labelled.json', import.meta.url), 'utf8')) as LabelledEntry[];
}

/** Precision, recall, F1 and the near-miss false-positive rate of one filter on some entries. */
export interface Scores {
  n: number;
  precision: number;
  recall: number;
  f1: number;
  f1De: number;
  f1En: number;
  nearMissFpr: number;
}

function f1Of(entries: LabelledEntry[], flagged: boolean[]): { precision: number; recall: number; f1: number } {
  let tp = 0,
    fp = 0,
    fn = 0;
  entries.forEach((e, i) => {
    if (flagged[i] && e.label === 'abusive') tp++;
    else if (flagged[i]) fp++;
    else if (e.label === 'abusive') fn++;
  });
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Scores `isAbusive` (true = the filter flags the text) on `entries`. */
export function score(entries: LabelledEntry[], isAbusive: (text: string) => boolean): Scores {
  const flagged = entries.map((e) => isAbusive(e.text));
  const pick = (p: (e: LabelledEntry) => boolean) => {
    const idx = entries.map((e, i) => (p(e) ? i : -1)).filter((i) => i >= 0);
    return f1Of(
      idx.map((i) => entries[i]),
      idx.map((i) => flagged[i]),
    );
  };
  const near = entries.map((e, i) => [e, flagged[i]] as const).filter(([e]) => e.kind === 'near_miss');
  return {
    n: entries.length,
    ...f1Of(entries, flagged),
    f1De: pick((e) => e.lang === 'de').f1,
    f1En: pick((e) => e.lang === 'en').f1,
    nearMissFpr: near.length === 0 ? 0 : near.filter(([, f]) => f).length / near.length,
  };
}

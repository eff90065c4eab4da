/**
 * Real German tweets from the GermEval 2018 shared task (offensive language: insults, abuse,
 * profanity), read from local copies of its files. The corpus is third-party data: it is never
 * committed (the files live under .cache/, which git ignores) and no tweet may be copied into
 * tests or term lists. Two parts: the TRAINING file is the dev part (tuning may look at its
 * misses and false alarms), the TEST file is the held-out part (never opened while tuning; the
 * bench only reports its figures).
 * Each line of the file is `tweet<TAB>coarse<TAB>fine`, coarse OFFENSE|OTHER, fine
 * ABUSE|INSULT|PROFANITY|OTHER.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FINE_LABELS = ['PROFANITY', 'INSULT', 'ABUSE', 'OTHER'] as const;
export type FineLabel = (typeof FINE_LABELS)[number];

export interface Tweet {
  /** The tweet as checked: see `cleanTweet`. */
  text: string;
  fine: FineLabel;
}

/** `dev` = the training file (tuning may look at it), `heldout` = the test file (never looked at). */
export type GermEvalPart = 'dev' | 'heldout';

const FILES: Record<GermEvalPart, { env: string; file: string }> = {
  dev: { env: 'GERMEVAL2018_DEV_FILE', file: 'germeval2018.training.txt' },
  heldout: { env: 'GERMEVAL2018_FILE', file: 'germeval2018.test.txt' },
};

/**
 * Where the bench looks for a part's file: `GERMEVAL2018_FILE` (test file) or
 * `GERMEVAL2018_DEV_FILE` (training file), else .cache/germeval2018/ in the repository.
 */
export const germevalPath = (env: NodeJS.ProcessEnv = process.env, part: GermEvalPart = 'heldout'): string =>
  env[FILES[part].env] || fileURLToPath(new URL(`../../../.cache/germeval2018/${FILES[part].file}`, import.meta.url));

/**
 * The text a shop field would see: @mentions (reply chains, not words anyone typed as prose)
 * and the corpus's `|LBR|` line-break marker removed, the HTML entities the corpus keeps
 * (&amp; &lt; &gt; &quot;) decoded, whitespace collapsed. An @ inside a word (an e-mail) stays.
 */
export function cleanTweet(raw: string): string {
  return raw
    .replace(/\|LBR\|/g, ' ')
    .replace(/(?<![\p{L}\p{N}_])@\w+/gu, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Parses the file's lines; a line without a known fine label is an error, not silently dropped. */
export function parseGermEval(content: string): Tweet[] {
  const tweets: Tweet[] = [];
  for (const [i, line] of content.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    const fields = line.split('\t');
    const fine = fields[2]?.trim() as FineLabel;
    if (fields.length !== 3 || !FINE_LABELS.includes(fine))
      throw new Error(`GermEval line ${i + 1}: expected tweet<TAB>coarse<TAB>fine`);
    tweets.push({ text: cleanTweet(fields[0]), fine });
  }
  return tweets;
}

/** The tweets of the file at `path`, or undefined when there is no such file. */
export function loadGermEval(path = germevalPath()): Tweet[] | undefined {
  return existsSync(path) ? parseGermEval(readFileSync(path, 'utf8')) : undefined;
}

/** Tweets per fine label. */
export function countByLabel(tweets: Tweet[]): Record<FineLabel, number> {
  const n = { PROFANITY: 0, INSULT: 0, ABUSE: 0, OTHER: 0 };
  for (const t of tweets) n[t.fine]++;
  return n;
}

/** Share of the tweets of each fine label that `flagged` flags, in % (NaN for a label with no tweets). */
export function flaggedPct(tweets: Tweet[], flagged: (text: string) => boolean): Record<FineLabel, number> {
  const hits = { PROFANITY: 0, INSULT: 0, ABUSE: 0, OTHER: 0 };
  for (const t of tweets) if (flagged(t.text)) hits[t.fine]++;
  const n = countByLabel(tweets);
  const pct = {} as Record<FineLabel, number>;
  for (const label of FINE_LABELS) pct[label] = n[label] === 0 ? NaN : (hits[label] / n[label]) * 100;
  return pct;
}

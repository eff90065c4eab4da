/**
 * Section 3 of the text filter bench: real German tweets (GermEval 2018, see
 * tests/moderation/germeval/), in two row sets: the dev part (the training file; tuning may
 * look at its misses and false alarms) and the HELD-OUT part (the test file; never looked at).
 * For every filter the share of tweets flagged per fine label; PROFANITY and INSULT should be
 * caught, OTHER (harmless) should pass. Ours counts as flagged when its verdict is not `allow`
 * (as for the peers and in the other sections); when block-only differs, that row is printed too.
 */
import { checkText } from '../../server/textFilter/index';
import { countByLabel, FINE_LABELS, flaggedPct, type Tweet } from '../../tests/moderation/germeval/index';
import type { Check } from './textFilterPeers';

/** The targets of issue 14 on these tweets, in %. */
const TARGETS = 'targets: PROFANITY >= 75, INSULT >= 35, OTHER (harmless) <= 2';

const row = (name: string, pct: Record<string, number>) =>
  `${name.padEnd(27)}${FINE_LABELS.map((l) => pct[l].toFixed(1).padStart(11)).join('')}`;

/** One part of the corpus as the bench sees it. */
export interface GermEvalPartInput {
  /** `dev` or `held-out`: prefixes the summary keys. */
  key: string;
  /** The heading, saying whether tuning may look at it. */
  title: string;
  /** The parsed file, or undefined when it is absent. */
  tweets: Tweet[] | undefined;
  /** Where the file was looked for (printed when skipped). */
  path: string;
}

function partRows(part: GermEvalPartInput, filters: [string, Check][]): Record<string, unknown> {
  const { key, title, tweets, path } = part;
  if (!tweets) {
    console.log(`\n3. German tweets (GermEval 2018), ${title}: skipped, no file at ${path}`);
    return { [`GermEval 2018 ${key}`]: 'skipped (no file)' };
  }
  const n = countByLabel(tweets);
  console.log(
    `\n3. German tweets (GermEval 2018), ${title}: ${tweets.length} tweets, ${FINE_LABELS.map((l) => `${l} ${n[l]}`).join(', ')}; % flagged per label`,
  );
  console.log('   checked without @mentions and |LBR| markers, HTML entities decoded; ' + TARGETS);
  console.log(`${'filter'.padEnd(27)}${FINE_LABELS.map((l) => l.padStart(11)).join('')}`);
  const figures: Record<string, unknown> = {
    [`GermEval 2018 ${key}: n PROFANITY|INSULT|ABUSE|OTHER`]: FINE_LABELS.map((l) => n[l]).join('|'),
  };
  const fmt = (pct: Record<string, number>) => FINE_LABELS.map((l) => pct[l].toFixed(1)).join('|');
  const [[ours, oursCheck], ...peers] = filters;
  const reviewToo = flaggedPct(tweets, oursCheck);
  const blockOnly = flaggedPct(tweets, (t) => checkText(t).verdict === 'block');
  const differs = FINE_LABELS.some((l) => blockOnly[l] !== reviewToo[l]);
  if (differs) {
    console.log(row(`${ours} (block only)`, blockOnly));
    figures[`${ours} (block only): ${key} tweets flagged % PROF|INS|ABU|OTHER`] = fmt(blockOnly);
  }
  const oursName = differs ? `${ours} (block+review)` : ours;
  console.log(row(oursName, reviewToo));
  figures[`${oursName}: ${key} tweets flagged % PROF|INS|ABU|OTHER`] = fmt(reviewToo);
  for (const [name, check] of peers) {
    const pct = flaggedPct(tweets, check);
    console.log(row(name, pct));
    figures[`${name}: ${key} tweets flagged % PROF|INS|ABU|OTHER`] = fmt(pct);
  }
  return figures;
}

/**
 * Prints the section, one row set per part, and returns its summary figures.
 * @param parts the dev part first, then the held-out part
 * @param filters the contenders; the first is ours
 */
export function germevalSection(parts: GermEvalPartInput[], filters: [string, Check][]): Record<string, unknown> {
  return Object.assign({}, ...parts.map((part) => partRows(part, filters)));
}

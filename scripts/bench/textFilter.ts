/**
 * Accuracy and speed of our text filter against the npm profanity libraries, side by side in
 * one run on our labelled set (tests/moderation/labelled.json). Run alone with
 * `npx tsx scripts/bench/textFilter.ts`. Every library gets its German dictionary where it ships
 * one and its own evasion options switched on; result caches are off so repeated texts cost
 * the same for everyone. "Abusive" = flagged (ours: verdict != allow).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { AllProfanity } from 'allprofanity';
import { Filter } from 'glin-profanity';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { checkText } from '../../server/textFilter/index';
import { loadLabelled, score, type LabelledEntry } from '../../tests/moderation/labelled';

type Check = (text: string) => boolean;

function contenders(): [string, Check][] {
  const allprofanity = new AllProfanity({ languages: ['english', 'german'], silent: true });
  const glin = new Filter({
    languages: ['english', 'german'],
    detectLeetspeak: true,
    leetspeakLevel: 'moderate',
    normalizeUnicode: true,
    cacheResults: false,
  });
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  // leo-profanity ships only an English dictionary and no type declarations.
  const leo = createRequire(import.meta.url)('leo-profanity') as { check(text: string): boolean };
  return [
    ['prosumer', (t) => checkText(t).verdict !== 'allow'],
    ['allprofanity (en+de)', (t) => allprofanity.check(t)],
    ['glin-profanity (en+de)', (t) => glin.isProfane(t)],
    ['obscenity (englishDataset)', (t) => obscenity.hasMatch(t)],
    ['leo-profanity (en)', (t) => leo.check(t)],
  ];
}

/** Checks per second of `check` over all `texts`, timed for about `ms` milliseconds. */
function rate(check: Check, texts: string[], ms: number): number {
  let checks = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < ms) {
    for (const t of texts) check(t);
    checks += texts.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return (checks / elapsed) * 1000;
}

/**
 * Checks per second for every filter: a warm-up, then ROUNDS interleaved slices per filter and
 * the median, so a noisy machine (other processes, GC) hits every filter alike.
 */
function throughputs(checks: Check[], texts: string[]): number[] {
  const ROUNDS = 7;
  for (const check of checks) for (let i = 0; i < 3; i++) for (const t of texts) check(t);
  const samples: number[][] = checks.map(() => []);
  for (let r = 0; r < ROUNDS; r++) checks.forEach((check, i) => samples[i].push(rate(check, texts, 250)));
  return samples.map((xs) => Math.round(xs.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]));
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);

/**
 * Runs the comparison and prints the table.
 * @returns figures per filter: precision/recall/F1 (overall, German, English), near-miss
 *   false-positive rate, F1 on the held-out split, checks per second.
 */
export async function benchTextFilter(): Promise<{ name: string; figures: Record<string, unknown> }> {
  const entries: LabelledEntry[] = loadLabelled();
  const holdout = entries.filter((e) => e.split === 'holdout');
  const texts = entries.map((e) => e.text);
  const figures: Record<string, unknown> = { entries: entries.length, holdout: holdout.length };
  const rows: string[] = [];
  const filters = contenders();
  const rates = throughputs(
    filters.map(([, check]) => check),
    texts,
  );
  for (const [i, [name, check]] of filters.entries()) {
    const s = score(entries, check);
    const h = score(holdout, check);
    const perSecond = rates[i];
    figures[`${name}: F1 / near-miss FP / checks per s`] =
      `${s.f1.toFixed(3)} / ${s.nearMissFpr.toFixed(3)} / ${perSecond}`;
    rows.push(
      `${name.padEnd(27)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}${pct(s.f1De)}${pct(s.f1En)}${pct(s.nearMissFpr)}${pct(h.f1)}${perSecond.toLocaleString('en').padStart(12)}`,
    );
  }
  console.log(`labelled set: ${entries.length} entries (${holdout.length} holdout), figures in %`);
  console.log(
    `${'filter'.padEnd(27)}${'P'.padStart(6)}${'R'.padStart(6)}${'F1'.padStart(6)}${'F1 de'.padStart(6)}${'F1 en'.padStart(6)}${'NM-FP'.padStart(6)}${'F1 ho'.padStart(6)}${'checks/s'.padStart(12)}`,
  );
  for (const row of rows) console.log(row);
  figures['ours / allprofanity throughput'] = +(rates[0] / rates[1]).toFixed(2);
  return { name: 'text filter (table above)', figures };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchTextFilter();
